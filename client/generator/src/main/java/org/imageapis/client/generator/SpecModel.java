package org.imageapis.client.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the generator reads from one bundle: the operations, their parameters and their 200 answers,
 * with every internal {@code $ref} resolved. A bundle has no external references.
 */
final class SpecModel {

    /** Path item fields that are not operations and that the generated code does not need. */
    private static final Set<String> PATH_ITEM_FIELDS = Set.of("summary", "description", "servers");

    /** A class name's start: {@code info.x-client.name} prefixes the service class and names the accessor. */
    private static final Pattern CLIENT_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

    private final Path file;
    private final JsonNode root;

    private SpecModel(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    static SpecModel read(Path bundle) {
        try {
            return new SpecModel(bundle, new ObjectMapper(new YAMLFactory()).readTree(bundle.toFile()));
        } catch (IOException e) {
            throw new GeneratorException("cannot read " + bundle + ": " + e.getMessage());
        }
    }

    Path file() {
        return file;
    }

    String title() {
        return root.path("info").path("title").asText();
    }

    /** {@code info.x-client.name}, such as {@code Swr} for {@code SwrService}: required of an API the client registers. */
    String clientName() {
        String name = root.at("/info/x-client/name").asText("");
        if (!CLIENT_NAME.matcher(name).matches()) {
            throw new GeneratorException(
                    file + ": info.x-client.name must be a class name's start, such as Swr, was '" + name + "'");
        }
        return name;
    }

    /**
     * {@code info.x-client.headers}: headers every call of the API sends, for what a spec cannot declare (OpenAPI
     * ignores a {@code Content-Type} header parameter).
     */
    Map<String, String> clientHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> header :
                root.at("/info/x-client/headers").properties()) {
            if (!header.getValue().isTextual()) {
                throw new GeneratorException(file + ": info.x-client.headers." + header.getKey() + " must be a string");
            }
            headers.put(header.getKey(), header.getValue().asText());
        }
        return headers;
    }

    /** The operations in the spec's order. Only GET is supported: every operation of the specs is one. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths =
                root.path("paths").properties().iterator();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods =
                    path.getValue().properties().iterator();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                String where = method.getKey() + " " + path.getKey();
                if (PATH_ITEM_FIELDS.contains(method.getKey())
                        || method.getKey().startsWith("x-")) {
                    continue;
                }
                if (method.getKey().equals("parameters")) {
                    throw new GeneratorException(path.getKey() + ": path-level parameters are not supported");
                }
                if (!method.getKey().equals("get")) {
                    throw new GeneratorException(where + ": only GET operations are supported");
                }
                operations.add(operation(path.getKey(), method.getValue(), where));
            }
        }
        return operations;
    }

    private Operation operation(String path, JsonNode node, String where) {
        String operationId = text(node, "operationId", where);
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : node.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            parameters.add(new Parameter(
                    text(resolved, "name", where),
                    text(resolved, "in", where),
                    resolved.path("required").asBoolean(false),
                    resolved.path("description").asText(""),
                    resolved.path("schema")));
        }
        JsonNode ok = resolve(node.path("responses").path("200"));
        if (ok.isMissingNode()) {
            throw new GeneratorException(where + ": no 200 response");
        }
        List<String> headers = new ArrayList<>();
        ok.path("headers").fieldNames().forEachRemaining(headers::add);
        JsonNode body = ok.path("content").path("application/json").path("schema");
        if (body.isMissingNode()) {
            throw new GeneratorException(where + ": the 200 response has no application/json body");
        }
        Optional<Paging> paging =
                node.has("x-paging") ? Optional.of(paging(node.get("x-paging"), where)) : Optional.empty();
        return new Operation(
                operationId,
                path,
                node.path("summary").asText(""),
                node.path("description").asText(""),
                List.copyOf(parameters),
                body,
                List.copyOf(headers),
                paging);
    }

    /** The {@code x-paging} extension, read as the conformance kit's {@code SemanticsReader} reads it. */
    private static Paging paging(JsonNode node, String where) {
        return new Paging(
                text(node, "offset", where + " x-paging"),
                text(node, "limit", where + " x-paging"),
                text(node, "items", where + " x-paging"),
                optional(node, "total"),
                optional(node, "total-header"),
                optional(node, "total-in-item"));
    }

    /** The node a {@code $ref} points at (repeatedly), or the node itself. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/") || hops > 20) {
                throw new GeneratorException("unsupported $ref " + ref + ": generate from a bundle");
            }
            current = root.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new GeneratorException("dangling $ref " + ref);
            }
        }
        return current;
    }

    /** The component name of a {@code #/components/schemas/Name} reference: the generated model's class name. */
    static Optional<String> schemaName(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        String prefix = "#/components/schemas/";
        return ref.startsWith(prefix) ? Optional.of(ref.substring(prefix.length())) : Optional.empty();
    }

    private static String text(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || !value.isValueNode()) {
            throw new GeneratorException(where + ": missing '" + key + "'");
        }
        return value.asText();
    }

    private static Optional<String> optional(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    record Operation(
            String operationId,
            String path,
            String summary,
            String description,
            List<Parameter> parameters,
            JsonNode body,
            List<String> responseHeaders,
            Optional<Paging> paging) {}

    /** {@code schema} is as declared: a {@code $ref} stays one, so enum parameters keep their model class. */
    record Parameter(String name, String in, boolean required, String description, JsonNode schema) {}

    /** The {@code x-paging} extension; pointers are JSON pointers into the 200 body, {@code totalInItem} into a record. */
    record Paging(
            String offset,
            String limit,
            String items,
            Optional<String> total,
            Optional<String> totalHeader,
            Optional<String> totalInItem) {}
}

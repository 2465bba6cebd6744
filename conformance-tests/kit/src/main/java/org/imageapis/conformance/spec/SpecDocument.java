package org.imageapis.conformance.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.imageapis.conformance.SpecLoadException;

/**
 * A spec parsed once by Swagger Parser: its operations, and the document as a JSON tree in which every schema
 * the validator needs is addressed by a JSON pointer. External references are resolved by the parser (into local
 * components for OpenAPI 3.0, inline for 3.1), so the tree is self-contained and every {@code $ref} in it is local.
 * OpenAPI 3.0 and 3.1 documents are both read; {@link #isOpenApi31()} tells which this is, since their schemas
 * are different dialects.
 */
public final class SpecDocument {

    /** Bounds a cycle of references that point only at each other. */
    private static final int MAX_REF_HOPS = 64;

    private final String location;
    private final boolean openApi31;
    private final JsonNode root;
    private final List<OperationSpec> operations;
    private final Map<String, JsonNode> resolved = new ConcurrentHashMap<>();

    private SpecDocument(String location, OpenAPI openApi) {
        this.location = location;
        this.openApi31 = openApi.getSpecVersion() == SpecVersion.V31;
        // Each version has its own mapper: the 3.0 one would write a 3.1 schema's type array and examples wrongly.
        this.root = (openApi31 ? Json31.mapper() : Json.mapper()).valueToTree(openApi);
        this.operations = List.copyOf(new OperationReader(openApi).read());
    }

    /**
     * Parses spec text; {@code location} names it in messages and cannot resolve relative references.
     *
     * @param text the spec, YAML or JSON
     * @param location what the spec is called in messages
     * @return the parsed spec
     */
    public static SpecDocument parse(String text, String location) {
        return from(new OpenAPIV3Parser().readContents(text, null, options()), location);
    }

    /**
     * Reads a spec file or URL that Swagger Parser can open, resolving its relative references.
     *
     * @param location a file path or URL
     * @return the parsed spec
     */
    public static SpecDocument read(String location) {
        return from(new OpenAPIV3Parser().readLocation(location, null, options()), location);
    }

    private static ParseOptions options() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return options;
    }

    private static SpecDocument from(SwaggerParseResult result, String location) {
        return new SpecDocument(location, openApi(result, location));
    }

    /**
     * The parsed document, or a {@link SpecLoadException} that says it is not an OpenAPI 3 document, with the
     * parser's messages (for a file that is not YAML or JSON at all they are Jackson's, so the plain words come first).
     *
     * @param result what Swagger Parser made of the document
     * @param location where the document came from, as messages name it
     * @return the parsed document, with its paths
     */
    public static OpenAPI openApi(SwaggerParseResult result, Object location) {
        OpenAPI openApi = result == null ? null : result.getOpenAPI();
        if (openApi == null || openApi.getPaths() == null) {
            List<String> messages = result == null || result.getMessages() == null ? List.of() : result.getMessages();
            throw new SpecLoadException("cannot parse the spec " + location + ": not an OpenAPI 3 document"
                    + (messages.isEmpty() ? "" : " (" + String.join("; ", messages) + ")"));
        }
        return openApi;
    }

    /** @return where the spec came from */
    public String location() {
        return location;
    }

    /**
     * Whether the document is OpenAPI 3.1, whose schemas are JSON Schema 2020-12 (type arrays, numeric exclusive
     * bounds, {@code examples}), rather than 3.0, whose schemas have {@code nullable}.
     *
     * @return whether it is OpenAPI 3.1
     */
    public boolean isOpenApi31() {
        return openApi31;
    }

    /** @return the whole document as a JSON tree; treat it as read-only */
    public JsonNode root() {
        return root;
    }

    /** @return the operations, in the spec's order */
    public List<OperationSpec> operations() {
        return operations;
    }

    /**
     * The node at a local reference ({@code #/components/schemas/X}); resolved once per reference.
     *
     * @param ref the reference, such as {@code #/components/schemas/X}
     * @return the node, or a missing node when nothing is there
     */
    public JsonNode resolve(String ref) {
        return resolved.computeIfAbsent(ref, key -> root.at(pointerOf(key)));
    }

    /**
     * The node at a JSON pointer ({@code /components/schemas/X}); resolved once per pointer.
     *
     * @param pointer the JSON pointer
     * @return the node, or a missing node when nothing is there
     */
    public JsonNode at(String pointer) {
        return resolved.computeIfAbsent(pointer, root::at);
    }

    /**
     * The schema itself, or the schema its local {@code $ref} chain ends at.
     *
     * @param schema a schema, possibly a {@code $ref}
     * @return the schema the chain ends at
     */
    public JsonNode dereference(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current.has("$ref") && hops < MAX_REF_HOPS; hops++) {
            current = resolve(current.get("$ref").asText());
        }
        return current;
    }

    static String pointerOf(String ref) {
        if (!ref.startsWith("#")) {
            throw new SpecLoadException("unsupported non-local reference '" + ref + "'");
        }
        return ref.substring(1);
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Walks the parsed model and records, for each part the validator checks, the pointer of its schema. */
    private static final class OperationReader {

        private final OpenAPI openApi;

        OperationReader(OpenAPI openApi) {
            this.openApi = openApi;
        }

        List<OperationSpec> read() {
            List<OperationSpec> result = new ArrayList<>();
            openApi.getPaths().forEach((path, item) -> {
                String itemPointer = "/paths/" + escape(path);
                item.readOperationsMap()
                        .forEach((method, operation) ->
                                result.add(operation(path, item, itemPointer, method, operation)));
            });
            return result;
        }

        private OperationSpec operation(
                String path, PathItem item, String itemPointer, PathItem.HttpMethod method, Operation operation) {
            String methodName = method.name().toUpperCase(Locale.ROOT);
            String operationPointer = itemPointer + "/" + method.name().toLowerCase(Locale.ROOT);
            Map<String, ParameterSpec> parameters = new LinkedHashMap<>();
            addParameters(parameters, item.getParameters(), itemPointer + "/parameters");
            addParameters(parameters, operation.getParameters(), operationPointer + "/parameters");
            Map<String, ResponseSpec> responses = new LinkedHashMap<>();
            if (operation.getResponses() != null) {
                operation
                        .getResponses()
                        .forEach((status, response) -> responses.put(
                                status, response(status, response, operationPointer + "/responses/" + escape(status))));
            }
            String id = operation.getOperationId() != null ? operation.getOperationId() : methodName + " " + path;
            return new OperationSpec(
                    id,
                    methodName,
                    new PathTemplate(path),
                    List.copyOf(parameters.values()),
                    responses,
                    operationPointer);
        }

        private void addParameters(Map<String, ParameterSpec> into, List<Parameter> parameters, String listPointer) {
            if (parameters == null) {
                return;
            }
            for (int i = 0; i < parameters.size(); i++) {
                Resolved<Parameter> p = resolve(
                        parameters.get(i),
                        listPointer + "/" + i,
                        Parameter::get$ref,
                        name -> component(Components::getParameters, name));
                Parameter parameter = p.value();
                String in = parameter.getIn().toLowerCase(Locale.ROOT);
                boolean explode = parameter.getExplode() == null
                        ? parameter.getStyle() == null || parameter.getStyle() == Parameter.StyleEnum.FORM
                        : parameter.getExplode();
                into.put(
                        in + ":" + parameter.getName(),
                        new ParameterSpec(
                                parameter.getName(),
                                in,
                                Boolean.TRUE.equals(parameter.getRequired()),
                                explode && "query".equals(in),
                                schemaPointer(p.pointer(), parameter.getSchema() != null, parameter.getContent()),
                                p.pointer()));
            }
        }

        private ResponseSpec response(String status, ApiResponse response, String pointer) {
            Resolved<ApiResponse> r =
                    resolve(response, pointer, ApiResponse::get$ref, name -> component(Components::getResponses, name));
            List<HeaderSpec> headers = new ArrayList<>();
            if (r.value().getHeaders() != null) {
                r.value().getHeaders().forEach((name, header) -> {
                    Resolved<Header> h = resolve(
                            header,
                            r.pointer() + "/headers/" + escape(name),
                            Header::get$ref,
                            headerName -> component(Components::getHeaders, headerName));
                    headers.add(new HeaderSpec(
                            name,
                            Boolean.TRUE.equals(h.value().getRequired()),
                            schemaPointer(
                                    h.pointer(),
                                    h.value().getSchema() != null,
                                    h.value().getContent())));
                });
            }
            Map<String, String> content = new LinkedHashMap<>();
            if (r.value().getContent() != null) {
                r.value()
                        .getContent()
                        .keySet()
                        .forEach(mediaType ->
                                content.put(mediaType, r.pointer() + "/content/" + escape(mediaType) + "/schema"));
            }
            return new ResponseSpec(status, List.copyOf(headers), content);
        }

        /** A parameter or header is described by {@code schema}, or by the one media type of {@code content}. */
        private static String schemaPointer(String pointer, boolean hasSchema, Map<String, ?> content) {
            if (hasSchema || content == null || content.isEmpty()) {
                return pointer + "/schema";
            }
            return pointer + "/content/" + escape(content.keySet().iterator().next()) + "/schema";
        }

        private <T> T component(Function<Components, Map<String, T>> kind, String name) {
            Map<String, T> components = openApi.getComponents() == null ? null : kind.apply(openApi.getComponents());
            return components == null ? null : components.get(name);
        }

        private <T> Resolved<T> resolve(
                T value, String pointer, Function<T, String> ref, Function<String, T> component) {
            String target = ref.apply(value);
            if (target == null) {
                return new Resolved<>(value, pointer);
            }
            String targetPointer = pointerOf(target);
            T resolved = component.apply(targetPointer.substring(targetPointer.lastIndexOf('/') + 1));
            if (resolved == null) {
                throw new SpecLoadException("unresolvable reference '" + target + "' at " + pointer);
            }
            return new Resolved<>(resolved, targetPointer);
        }

        private record Resolved<T>(T value, String pointer) {}
    }
}

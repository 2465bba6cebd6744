package org.imageapis.client.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes server-stub/api's JAX-RS interfaces and models (openapi-generator's {@code jaxrs-spec}) for every bundle of a
 * directory, into {@code org.imageapis.server.<id>.api} and {@code .model}.
 *
 * <pre>
 * ServerApiGenerator --bundles target/specs/openapi --output target/generated-sources/openapi
 * </pre>
 *
 * Here rather than in a module of its own: it shares the bundle discovery and the openapi-generator set-up with the
 * client's models, and a module more would cost every build its start-up.
 */
public final class ServerApiGenerator {

    /** The one header every answer carries, which the server sets for all of them rather than each method. */
    private static final String REQUEST_ID = "X-Request-Id";

    /**
     * Interfaces only (implementers bring the runtime), Jakarta, Bean Validation constraints, one interface per tag,
     * methods returning the body.
     */
    static final Map<String, String> OPTIONS = Map.ofEntries(
            Map.entry("interfaceOnly", "true"),
            Map.entry("useJakartaEe", "true"),
            Map.entry("useBeanValidation", "true"),
            Map.entry("useSwaggerAnnotations", "false"),
            Map.entry("useTags", "true"),
            Map.entry("hideGenerationTimestamp", "true"),
            Map.entry("dateLibrary", "java8"),
            Map.entry("sourceFolder", "src/gen/java"),
            Map.entry("returnResponse", "false"),
            Map.entry("openApiNullable", "false"),
            // Absent arrays stay absent instead of turning into [].
            Map.entry("containerDefaultToNull", "true"));

    private ServerApiGenerator() {}

    public static void main(String[] args) {
        if (args.length != 4 || !args[0].equals("--bundles") || !args[2].equals("--output")) {
            throw new GeneratorException("usage: ServerApiGenerator --bundles DIR --output DIR");
        }
        generateAll(Path.of(args[1]), Path.of(args[3]));
    }

    static void generateAll(Path bundles, Path output) {
        for (Bundles.Bundle bundle : Bundles.in(bundles)) {
            Map<String, String> options = new HashMap<>(OPTIONS);
            if (setsResponseHeaders(bundle.file())) {
                options.put("returnResponse", "true");
            }
            new OpenApiGenerator("jaxrs-spec", null, true, options)
                    .generate(
                            bundle.file(),
                            output,
                            "org.imageapis.server." + bundle.id() + ".api",
                            "org.imageapis.server." + bundle.id() + ".model",
                            null);
        }
    }

    /**
     * Whether a response of the API declares a header other than {@code X-Request-Id}: its methods then return a
     * {@code Response}, since a method returning the body cannot set one (SWR's {@code Content-Range}).
     */
    static boolean setsResponseHeaders(Path bundle) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(bundle.toFile());
        } catch (IOException e) {
            throw new GeneratorException("cannot read " + bundle + ": " + e.getMessage());
        }
        for (JsonNode pathItem : root.path("paths")) {
            for (JsonNode operation : pathItem) {
                for (JsonNode response : operation.path("responses")) {
                    JsonNode resolved = response.has("$ref")
                            ? root.at(response.get("$ref").asText().substring(1))
                            : response;
                    for (String header : (Iterable<String>) resolved.path("headers")::fieldNames) {
                        if (!header.equalsIgnoreCase(REQUEST_ID)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}

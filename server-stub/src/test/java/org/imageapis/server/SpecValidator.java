package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.imageapis.specs.Specs;

/**
 * Checks a response against the bundled spec: the body against the schema of the operation's
 * response for that status (or {@code default}), with unknown fields rejected, and every header
 * the spec declares for it.
 */
final class SpecValidator {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<Specs.Api, JsonNode> SPECS = new ConcurrentHashMap<>();

    private SpecValidator() {
    }

    static void assertConforms(Specs.Api api, HttpResult result) {
        JsonNode spec = SPECS.computeIfAbsent(api, SpecValidator::load);
        JsonNode operation = spec.get("paths").elements().next().get("get");
        JsonNode responses = operation.get("responses");
        String status = String.valueOf(result.status());
        JsonNode response = resolve(spec, responses.has(status) ? responses.get(status) : responses.get("default"));
        assertThat(response).as("%s documents status %s or default", api, status).isNotNull();

        response.get("headers").fieldNames().forEachRemaining(header ->
                assertThat(result.header(header)).as("header %s of a %s response", header, status).isPresent());
        JsonNode schema = response.get("content").get("application/json").get("schema").deepCopy();
        ((ObjectNode) schema).set("components", strict(spec.get("components").deepCopy()));
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
        Set<ValidationMessage> problems = validator.validate(result.json());
        assertThat(problems).as("%s %s body %s against the spec", api, status, result.body()).isEmpty();
    }

    private static JsonNode resolve(JsonNode spec, JsonNode node) {
        return node != null && node.has("$ref") ? spec.at(node.get("$ref").asText().substring(1)) : node;
    }

    /** Components with {@code additionalProperties: false} on every object schema. */
    private static JsonNode strict(JsonNode components) {
        Iterator<JsonNode> schemas = components.get("schemas").elements();
        while (schemas.hasNext()) {
            JsonNode schema = schemas.next();
            if (schema.has("properties")) {
                ((ObjectNode) schema).put("additionalProperties", false);
            }
        }
        return components;
    }

    private static JsonNode load(Specs.Api api) {
        try (InputStream in = Specs.bundle(api).openStream()) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

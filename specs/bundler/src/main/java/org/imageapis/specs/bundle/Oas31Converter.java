package org.imageapis.specs.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Derives the OpenAPI 3.1.0 variant of an OpenAPI 3.0 document, following the OpenAPI Initiative's guide "Upgrading
 * from OpenAPI 3.0 to 3.1". Only Schema Objects change, besides the version and the declared dialect:
 *
 * <ul>
 *   <li>{@code nullable: true} (and its Swagger 2 leftover {@code x-nullable}) becomes {@code "null"} in the type
 *       array, and in the enum where there is one (as 3.0 validators read a nullable enum); a schema without a type
 *       of its own ({@code $ref}, {@code allOf}) becomes {@code anyOf: [the schema, {type: 'null'}]}, and a {@code
 *       oneOf}/{@code anyOf} gains the {@code {type: 'null'}} branch. {@code nullable: false} is dropped. (OpenAPI
 *       3.0.3 gives {@code nullable} no effect without a {@code type} beside it, and validators such as
 *       json-schema-validator follow that; generators, and this class, read the author's evident intent instead.)
 *   <li>A schema's {@code example} becomes {@code examples: [example]}. The {@code example}/{@code examples} of media
 *       types and parameters are not schemas and stay as they are.
 *   <li>A boolean {@code exclusiveMinimum}/{@code exclusiveMaximum} becomes the numeric bound it qualified.
 * </ul>
 *
 * <p>The input is not changed. {@code format: byte} and {@code format: binary}, which 3.1 replaces by {@code
 * contentEncoding}/{@code contentMediaType} depending on where the schema sits, are refused rather than guessed.
 */
public final class Oas31Converter {

    /** The version every derived document declares. */
    public static final String VERSION = "3.1.0";

    /** The OpenAPI 3.1 base dialect, declared so that tools do not have to assume it. */
    public static final String DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Keywords that describe a schema rather than constrain it: they stay outside an {@code anyOf} wrapper. */
    private static final Set<String> ANNOTATIONS = Set.of(
            "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly", "externalDocs");

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private Oas31Converter() {}

    /**
     * The 3.1.0 variant of {@code openApi30}, a document with {@code openapi: 3.0.x}.
     *
     * @throws BundleException if the document is not OpenAPI 3.0, or uses a construct this class does not convert
     */
    public static ObjectNode convert(JsonNode openApi30) {
        String version = openApi30.path("openapi").asText();
        if (!version.startsWith("3.0.")) {
            throw new BundleException(
                    "cannot derive OpenAPI 3.1 from a document with openapi '" + version + "': expected 3.0.x");
        }
        ObjectNode result = NODES.objectNode();
        openApi30.properties().forEach(field -> {
            result.set(field.getKey(), field.getValue().deepCopy());
            if (field.getKey().equals("info")) {
                result.put("jsonSchemaDialect", DIALECT);
            }
        });
        result.put("openapi", VERSION);
        if (!result.has("jsonSchemaDialect")) {
            result.put("jsonSchemaDialect", DIALECT);
        }
        convertPaths(result.path("paths"));
        convertComponents(result.path("components"));
        return result;
    }

    private static void convertComponents(JsonNode components) {
        components.path("schemas").properties().forEach(schema -> schema.setValue(schema(schema.getValue())));
        components.path("parameters").forEach(Oas31Converter::parameterOrHeader);
        components.path("headers").forEach(Oas31Converter::parameterOrHeader);
        components.path("responses").forEach(Oas31Converter::response);
        components.path("requestBodies").forEach(body -> content(body.path("content")));
        components.path("callbacks").forEach(Oas31Converter::convertPaths);
    }

    /** The Path Items of {@code paths} or of a callback. */
    private static void convertPaths(JsonNode paths) {
        paths.forEach(item -> {
            item.path("parameters").forEach(Oas31Converter::parameterOrHeader);
            item.properties().stream()
                    .filter(entry -> METHODS.contains(entry.getKey()))
                    .map(entry -> entry.getValue())
                    .forEach(Oas31Converter::operation);
        });
    }

    private static void operation(JsonNode operation) {
        operation.path("parameters").forEach(Oas31Converter::parameterOrHeader);
        content(operation.path("requestBody").path("content"));
        operation.path("responses").forEach(Oas31Converter::response);
        operation.path("callbacks").forEach(Oas31Converter::convertPaths);
    }

    private static void response(JsonNode response) {
        response.path("headers").forEach(Oas31Converter::parameterOrHeader);
        content(response.path("content"));
    }

    /** Parameters and headers have a schema, or a content map; a Reference Object has neither. */
    private static void parameterOrHeader(JsonNode parameter) {
        replaceSchema(parameter);
        content(parameter.path("content"));
    }

    private static void content(JsonNode content) {
        content.forEach(Oas31Converter::replaceSchema);
    }

    private static void replaceSchema(JsonNode holder) {
        if (holder instanceof ObjectNode object && object.has("schema")) {
            object.set("schema", schema(object.get("schema")));
        }
    }

    /** The 3.1 form of one Schema Object and of the schemas inside it. */
    private static JsonNode schema(JsonNode node) {
        if (!(node instanceof ObjectNode schema)) {
            return node;
        }
        eachSubschema(schema, Oas31Converter::schema);
        refuseFormat(schema, "byte", "contentEncoding: base64");
        refuseFormat(schema, "binary", "contentMediaType");
        exclusiveBound(schema, "exclusiveMinimum", "minimum");
        exclusiveBound(schema, "exclusiveMaximum", "maximum");
        example(schema);
        return nullable(schema);
    }

    /** Replaces each subschema of {@code schema} (the 3.0 keywords that hold schemas) with its conversion. */
    private static void eachSubschema(ObjectNode schema, UnaryOperator<JsonNode> convert) {
        for (String key : List.of("items", "not", "additionalProperties")) {
            if (schema.has(key)) {
                schema.set(key, convert.apply(schema.get(key)));
            }
        }
        schema.path("properties")
                .properties()
                .forEach(property -> property.setValue(convert.apply(property.getValue())));
        for (String key : List.of("allOf", "anyOf", "oneOf")) {
            if (schema.path(key) instanceof ArrayNode parts) {
                for (int i = 0; i < parts.size(); i++) {
                    parts.set(i, convert.apply(parts.get(i)));
                }
            }
        }
    }

    private static void refuseFormat(ObjectNode schema, String format, String replacement) {
        if (format.equals(schema.path("format").asText(null))) {
            throw new BundleException("format: " + format + " has no automatic OpenAPI 3.1 form (" + replacement
                    + ", depending on where the schema is used): describe it without the format");
        }
    }

    /** 3.0's {@code exclusiveMinimum: true} qualifies {@code minimum}; in 3.1 it is the bound itself. */
    private static void exclusiveBound(ObjectNode schema, String exclusive, String inclusive) {
        JsonNode flag = schema.get(exclusive);
        if (flag == null || !flag.isBoolean()) {
            return;
        }
        if (flag.booleanValue() && schema.has(inclusive)) {
            schema.set(exclusive, schema.remove(inclusive));
        } else {
            schema.remove(exclusive);
        }
    }

    private static void example(ObjectNode schema) {
        if (!schema.has("example")) {
            return;
        }
        JsonNode example = schema.remove("example");
        ArrayNode examples = schema.path("examples") instanceof ArrayNode existing ? existing : NODES.arrayNode();
        examples.insert(0, example);
        schema.set("examples", examples);
    }

    private static JsonNode nullable(ObjectNode schema) {
        JsonNode nullable = schema.remove("nullable");
        JsonNode xNullable = schema.remove("x-nullable");
        if (!(isTrue(nullable) || isTrue(xNullable))) {
            return schema;
        }
        if (schema.path("enum") instanceof ArrayNode values && !contains(values, NODES.nullNode())) {
            values.addNull();
        }
        if (schema.path("type").isTextual()) {
            schema.set(
                    "type", NODES.arrayNode().add(schema.get("type").asText()).add("null"));
            return schema;
        }
        boolean oneOf = schema.has("oneOf");
        boolean anyOf = schema.has("anyOf");
        if (schema.has("$ref") || schema.has("allOf") || (oneOf && anyOf)) {
            return anyOfNull(schema);
        }
        if (oneOf || anyOf) {
            ((ArrayNode) schema.get(oneOf ? "oneOf" : "anyOf")).add(nullType());
        }
        return schema; // without a type or a composition, the schema already lets null through
    }

    /**
     * {@code {anyOf: [schema, {type: 'null'}]}}, with the schema's annotations and extensions kept outside, where a
     * reader and a generator look for them.
     */
    private static ObjectNode anyOfNull(ObjectNode schema) {
        ObjectNode wrapper = NODES.objectNode();
        ObjectNode inner = NODES.objectNode();
        schema.properties().forEach(field -> {
            boolean annotation =
                    ANNOTATIONS.contains(field.getKey()) || field.getKey().startsWith("x-");
            (annotation ? wrapper : inner).set(field.getKey(), field.getValue());
        });
        ObjectNode outer = NODES.objectNode();
        outer.set("anyOf", NODES.arrayNode().add(inner).add(nullType()));
        outer.setAll(wrapper);
        return outer;
    }

    private static ObjectNode nullType() {
        return NODES.objectNode().put("type", "null");
    }

    private static boolean isTrue(JsonNode flag) {
        return flag != null && flag.asBoolean(false);
    }

    private static boolean contains(ArrayNode values, JsonNode value) {
        for (JsonNode each : values) {
            if (each.equals(value)) {
                return true;
            }
        }
        return false;
    }
}

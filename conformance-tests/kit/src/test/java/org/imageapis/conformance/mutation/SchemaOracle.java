package org.imageapis.conformance.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imageapis.specs.Specs;

/**
 * Decides from the schema facts alone (type, nullable, enum, format, minimum/maximum, required, pattern, length)
 * whether a value is allowed at a location of a response body. It shares no code with the validator: it reads
 * the bundle itself and implements the few keywords our specs use, which is what makes it an oracle.
 */
final class SchemaOracle {

    private static final Pattern RFC3339 = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?([Zz]|[+-](\\d{2}):(\\d{2}))");
    private static final Map<String, BigInteger[]> INTEGER_FORMATS = Map.of(
            "int32", new BigInteger[] {BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE)},
            "int64", new BigInteger[] {BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)});

    private final JsonNode bundle;
    private final JsonNode bodySchema;

    SchemaOracle(Specs.Api api, String operationId, int status) {
        try {
            this.bundle = new YAMLMapper().readTree(Specs.bundle(api).openStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.bodySchema = findBodySchema(operationId, Integer.toString(status));
    }

    private JsonNode findBodySchema(String operationId, String status) {
        for (JsonNode item : bundle.path("paths")) {
            for (JsonNode operation : item) {
                if (operation.path("operationId").asText().equals(operationId)) {
                    JsonNode response = deref(operation.path("responses").path(status));
                    return response.path("content").path("application/json").path("schema");
                }
            }
        }
        throw new IllegalArgumentException("no operation " + operationId);
    }

    /** The schema describing the value at {@code path} (tokens of a JSON pointer), resolved. */
    JsonNode schemaAt(List<String> path) {
        JsonNode schema = deref(bodySchema);
        for (String token : path) {
            schema = deref(
                    schema.has("items")
                            ? schema.get("items")
                            : schema.path("properties").path(token));
        }
        return schema;
    }

    /** Whether the schema requires the member {@code name} of the object described by {@code objectSchema}. */
    boolean requires(JsonNode objectSchema, String name) {
        for (JsonNode required : objectSchema.path("required")) {
            if (required.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code schema} forbids {@code value}. */
    boolean forbids(JsonNode schema, JsonNode value) {
        if (value.isNull()) {
            return !schema.path("nullable").asBoolean(false);
        }
        if (!hasType(value, schema.path("type").asText(""))) {
            return true;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            return true;
        }
        if (value.isTextual()) {
            return forbidsString(schema, value.asText());
        }
        if (value.isNumber()) {
            return forbidsNumber(schema, value.decimalValue());
        }
        return false;
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "" -> true;
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean forbidsString(JsonNode schema, String text) {
        if ("date-time".equals(schema.path("format").asText()) && !isRfc3339DateTime(text)) {
            return true;
        }
        if (schema.has("pattern")
                && !Pattern.compile(schema.get("pattern").asText())
                        .matcher(text)
                        .find()) {
            return true;
        }
        int length = text.codePointCount(0, text.length());
        return schema.has("minLength") && length < schema.get("minLength").asInt()
                || schema.has("maxLength") && length > schema.get("maxLength").asInt();
    }

    private static boolean forbidsNumber(JsonNode schema, BigDecimal number) {
        BigInteger[] range = INTEGER_FORMATS.get(schema.path("format").asText());
        if (range != null
                && (number.compareTo(new BigDecimal(range[0])) < 0 || number.compareTo(new BigDecimal(range[1])) > 0)) {
            return true;
        }
        if (schema.has("minimum")) {
            int c = number.compareTo(schema.get("minimum").decimalValue());
            if (c < 0 || c == 0 && schema.path("exclusiveMinimum").asBoolean(false)) {
                return true;
            }
        }
        if (schema.has("maximum")) {
            int c = number.compareTo(schema.get("maximum").decimalValue());
            return c > 0 || c == 0 && schema.path("exclusiveMaximum").asBoolean(false);
        }
        return false;
    }

    /** RFC 3339 {@code date-time}: the grammar, plus a real calendar date and clock time (no leap second). */
    static boolean isRfc3339DateTime(String text) {
        Matcher m = RFC3339.matcher(text);
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return false;
        }
        boolean offsetOk =
                m.group(9) == null || Integer.parseInt(m.group(9)) < 24 && Integer.parseInt(m.group(10)) < 60;
        return Integer.parseInt(m.group(4)) < 24
                && Integer.parseInt(m.group(5)) < 60
                && Integer.parseInt(m.group(6)) < 60
                && offsetOk;
    }

    private JsonNode deref(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            current = bundle.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }
}

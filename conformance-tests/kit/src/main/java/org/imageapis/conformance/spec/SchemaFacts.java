package org.imageapis.conformance.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facts of a parameter's schema that a request generator needs, with {@code $ref}s followed.
 *
 * @param type       the JSON type ({@code string}, {@code integer}, ...), {@code ""} when the schema gives none
 *                   (see {@link #typeOf})
 * @param format     the format, such as {@code int32}
 * @param enumValues the enum values as strings, empty when the schema has no enum
 * @param minimum    the inclusive minimum
 * @param maximum    the inclusive maximum
 * @param minLength  the minimum string length
 * @param maxLength  the maximum string length
 * @param pattern    the pattern
 * @param defaultValue the default, as a string
 * @param example    the example (OpenAPI 3.1: the first of the examples), as a string
 */
public record SchemaFacts(
        String type,
        Optional<String> format,
        List<String> enumValues,
        Optional<BigDecimal> minimum,
        Optional<BigDecimal> maximum,
        Optional<Integer> minLength,
        Optional<Integer> maxLength,
        Optional<String> pattern,
        Optional<String> defaultValue,
        Optional<String> example) {

    /**
     * The facts of the schema at {@code schemaPointer}.
     *
     * @param spec the spec
     * @param schemaPointer the JSON pointer of the schema, which may be a {@code $ref}
     * @return the facts
     */
    public static SchemaFacts of(SpecDocument spec, String schemaPointer) {
        JsonNode schema = spec.dereference(spec.at(schemaPointer));
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(value -> values.add(value.asText()));
        return new SchemaFacts(
                typeOf(schema),
                text(schema, "format"),
                List.copyOf(values),
                number(schema, "minimum"),
                number(schema, "maximum"),
                integer(schema, "minLength"),
                integer(schema, "maxLength"),
                text(schema, "pattern"),
                text(schema, "default"),
                text(schema, "example").or(() -> text(schema.path("examples"), 0)));
    }

    /**
     * The JSON type a schema gives its values: its {@code type}, or where OpenAPI 3.1 gives an array of types such
     * as {@code [integer, "null"]}, its one type other than {@code null}; {@code ""} when there is none, or several.
     *
     * @param schema the schema
     * @return its one JSON type, or {@code ""}
     */
    public static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (!type.isArray()) {
            return type.asText();
        }
        List<String> types = new ArrayList<>();
        type.forEach(each -> types.add(each.asText()));
        types.remove("null");
        return types.size() == 1 ? types.get(0) : "";
    }

    /** @return whether the schema is an integer or a number */
    public boolean isNumeric() {
        return type.equals("integer") || type.equals("number");
    }

    private static Optional<String> text(JsonNode schema, String key) {
        JsonNode value = schema.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static Optional<String> text(JsonNode array, int index) {
        JsonNode value = array.path(index);
        return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static Optional<BigDecimal> number(JsonNode schema, String key) {
        JsonNode value = schema.get(key);
        return value != null && value.isNumber() ? Optional.of(value.decimalValue()) : Optional.empty();
    }

    private static Optional<Integer> integer(JsonNode schema, String key) {
        JsonNode value = schema.get(key);
        return value != null && value.canConvertToInt() ? Optional.of(value.intValue()) : Optional.empty();
    }
}

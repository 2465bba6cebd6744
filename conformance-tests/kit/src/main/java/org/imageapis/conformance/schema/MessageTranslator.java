package org.imageapis.conformance.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imageapis.conformance.Rule;
import org.imageapis.conformance.Violation;

/**
 * Turns json-schema-validator messages into {@link Violation}s with a rule, an expected and an actual value. The
 * same value breaking the same schema reads the same whether the spec is OpenAPI 3.0 or 3.1: an expected type
 * or enum names {@code null} where it is allowed, whether by a 3.1 type array or enum, or by 3.0's {@code nullable}
 * (which json-schema-validator applies to the enum too).
 */
final class MessageTranslator {

    private static final int MAX_VALUE_LENGTH = 80;

    private final JsonNode document;
    private final boolean nullableKeyword;

    /**
     * @param document        the spec document the schemas were compiled in, to find a type's sibling keywords
     * @param nullableKeyword whether the schemas are OpenAPI 3.0's, where {@code nullable: true} allows null
     */
    MessageTranslator(JsonNode document, boolean nullableKeyword) {
        this.document = document;
        this.nullableKeyword = nullableKeyword;
    }

    /**
     * Translates the messages of one validation. Where a value has the wrong type, the other complaints about
     * the same value (such as {@code null} not being an enum value) are dropped: they follow from the type.
     */
    List<Violation> translate(Set<ValidationMessage> messages, String prefix) {
        if (messages.isEmpty()) {
            return List.of();
        }
        List<Violation> all = messages.stream().map(m -> translate(m, prefix)).toList();
        Set<String> wrongType = new HashSet<>();
        all.stream().filter(v -> v.rule() == Rule.TYPE).forEach(v -> wrongType.add(v.pointer()));
        List<Violation> result = new ArrayList<>();
        for (Violation v : all) {
            if (v.rule() == Rule.TYPE || !wrongType.contains(v.pointer())) {
                result.add(v);
            }
        }
        return result;
    }

    private Violation translate(ValidationMessage m, String prefix) {
        String pointer = prefix + m.getInstanceLocation().toString();
        JsonNode schema = m.getSchemaNode();
        String actual = render(m.getInstanceNode());
        String keyword = m.getType();
        return switch (keyword) {
            case "type" -> Violation.error(Rule.TYPE, pointer, expectedType(m), actual);
            case "enum" -> Violation.error(Rule.ENUM, pointer, "one of " + render(expectedValues(m)), actual);
            case "format" -> Violation.error(Rule.FORMAT, pointer, format(schema.asText()), actual);
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" ->
                Violation.error(Rule.RANGE, pointer, bound(m), actual);
            case "pattern" -> Violation.error(Rule.PATTERN, pointer, "a match of " + schema.asText(), actual);
            case "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties" ->
                Violation.error(Rule.LENGTH, pointer, keyword + " " + schema.asText(), actual);
            case "required" ->
                Violation.error(
                        Rule.REQUIRED, child(pointer, m.getProperty()), "property " + m.getProperty(), "missing");
            case "additionalProperties" ->
                Violation.error(
                        Rule.UNKNOWN_FIELD,
                        child(pointer, m.getProperty()),
                        "no undeclared property",
                        "property " + m.getProperty());
            default -> Violation.error(Rule.SCHEMA, pointer, keyword + " " + truncate(render(schema)), actual);
        };
    }

    /** The allowed types, joined by "or": {@code integer}, {@code string or null}. */
    private String expectedType(ValidationMessage m) {
        List<String> types = new ArrayList<>();
        JsonNode type = m.getSchemaNode();
        if (type.isArray()) {
            type.forEach(each -> types.add(each.asText()));
        } else {
            types.add(type.asText());
        }
        if (!types.contains("null") && nullableIn30(m)) {
            types.add("null");
        }
        return String.join(" or ", types);
    }

    /** The enum's values, with the {@code null} that 3.0's {@code nullable} adds. */
    private JsonNode expectedValues(ValidationMessage m) {
        JsonNode values = m.getSchemaNode();
        if (values instanceof ArrayNode array && nullableIn30(m) && !hasNull(array)) {
            return array.deepCopy().addNull();
        }
        return values;
    }

    private static boolean hasNull(ArrayNode array) {
        for (JsonNode value : array) {
            if (value.isNull()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the schema holding the message's keyword is an OpenAPI 3.0 schema with {@code nullable: true}. */
    private boolean nullableIn30(ValidationMessage m) {
        return nullableKeyword && schemaHolding(m).path("nullable").asBoolean(false);
    }

    /** The schema in which the message's keyword sits, for the keywords beside it. */
    private JsonNode schemaHolding(ValidationMessage m) {
        JsonNodePath keyword = m.getSchemaLocation().getFragment();
        return document.at(keyword.getParent().toString());
    }

    private static String format(String name) {
        if (name.equals(IntegerRangeFormat.INT32.getName())) {
            return "format int32 (" + IntegerRangeFormat.INT32.range() + ")";
        }
        if (name.equals(IntegerRangeFormat.INT64.getName())) {
            return "format int64 (" + IntegerRangeFormat.INT64.range() + ")";
        }
        return "format " + name;
    }

    /** {@code >= 1}, {@code > 0}, ...: OpenAPI 3.0's bound is exclusive by a boolean beside it, 3.1's by its keyword. */
    private String bound(ValidationMessage m) {
        boolean lower = m.getType().toLowerCase(Locale.ROOT).contains("min");
        JsonNode flag = schemaHolding(m).path(lower ? "exclusiveMinimum" : "exclusiveMaximum");
        boolean exclusive = m.getType().startsWith("exclusive") || (flag.isBoolean() && flag.booleanValue());
        JsonNode bound = m.getSchemaNode();
        // Swagger Parser keeps bounds as BigDecimal, which prints 10 as 1E+1.
        String number =
                bound.isNumber() ? bound.decimalValue().stripTrailingZeros().toPlainString() : bound.asText();
        return (lower ? (exclusive ? "> " : ">= ") : (exclusive ? "< " : "<= ")) + number;
    }

    private static String child(String pointer, String property) {
        return pointer + "/" + property.replace("~", "~0").replace("/", "~1");
    }

    /** A value as short JSON: strings quoted, long values cut. */
    static String render(JsonNode node) {
        return node == null ? "missing" : truncate(node.toString());
    }

    private static String truncate(String text) {
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH - 3) + "...";
    }
}

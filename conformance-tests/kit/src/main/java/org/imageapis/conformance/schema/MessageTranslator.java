package org.imageapis.conformance.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imageapis.conformance.Rule;
import org.imageapis.conformance.Violation;

/** Turns json-schema-validator messages into {@link Violation}s with a rule, an expected and an actual value. */
final class MessageTranslator {

    private static final int MAX_VALUE_LENGTH = 80;

    private MessageTranslator() {}

    /**
     * Translates the messages of one validation. Where a value has the wrong type, the other complaints about
     * the same value (such as {@code null} not being an enum value) are dropped: they follow from the type.
     */
    static List<Violation> translate(Set<ValidationMessage> messages, String prefix) {
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

    private static Violation translate(ValidationMessage m, String prefix) {
        String pointer = prefix + m.getInstanceLocation().toString();
        JsonNode schema = m.getSchemaNode();
        String actual = render(m.getInstanceNode());
        String keyword = m.getType();
        return switch (keyword) {
            case "type" -> Violation.error(Rule.TYPE, pointer, schema.asText(), actual);
            case "enum" -> Violation.error(Rule.ENUM, pointer, "one of " + render(schema), actual);
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

    private static String format(String name) {
        if (name.equals(IntegerRangeFormat.INT32.getName())) {
            return "format int32 (" + IntegerRangeFormat.INT32.range() + ")";
        }
        if (name.equals(IntegerRangeFormat.INT64.getName())) {
            return "format int64 (" + IntegerRangeFormat.INT64.range() + ")";
        }
        return "format " + name;
    }

    private static String bound(ValidationMessage m) {
        boolean lower = m.getType().toLowerCase(Locale.ROOT).contains("min");
        boolean exclusive =
                m.getType().startsWith("exclusive") || m.getMessage().contains("exclusive");
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

package org.imageapis.conformance.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.imageapis.conformance.Rule;
import org.imageapis.conformance.Violation;
import org.imageapis.conformance.spec.SchemaFacts;
import org.imageapis.conformance.spec.SpecDocument;

/**
 * Turns the strings a query, path or header parameter arrives as into the JSON value its schema describes, so
 * the schema can then check ranges, enums and patterns. A string that does not parse as the schema's type is a
 * {@link Rule#TYPE} violation.
 */
public final class ParameterCoercion {

    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);

    private final SpecDocument spec;

    /** @param spec the spec whose schemas the values are converted for */
    public ParameterCoercion(SpecDocument spec) {
        this.spec = spec;
    }

    /** The outcome: the typed value, or the violation saying why there is none. */
    public sealed interface Result {}

    /** The value converted to its schema's type. */
    public record Value(JsonNode node) implements Result {}

    /** The value does not parse as its schema's type. */
    public record Unparseable(Violation violation) implements Result {}

    /**
     * Converts {@code values} (one per occurrence of the parameter) for the schema at {@code schemaPointer}.
     *
     * @param schemaPointer the JSON pointer of the parameter's schema
     * @param values the raw values, one per occurrence
     * @param explode whether an array travels as repeated parameters; otherwise as one comma-separated value
     * @param pointer the violation pointer, such as {@code /query/limit}
     * @return the converted value, or the violation
     *
     */
    public Result coerce(String schemaPointer, List<String> values, boolean explode, String pointer) {
        JsonNode schema = spec.dereference(spec.at(schemaPointer));
        if ("array".equals(SchemaFacts.typeOf(schema))) {
            List<String> items = explode ? values : List.of(values.get(0).split(",", -1));
            JsonNode itemSchema = spec.dereference(schema.path("items"));
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < items.size(); i++) {
                Optional<JsonNode> item = scalar(itemSchema, items.get(i));
                if (item.isEmpty()) {
                    return unparseable(itemSchema, items.get(i), pointer + "/" + i);
                }
                array.add(item.get());
            }
            return new Value(array);
        }
        if (values.size() > 1) {
            return new Unparseable(Violation.error(
                    Rule.TYPE,
                    pointer,
                    "a single value",
                    values.size() + " values "
                            + values.stream().map(TextNode::valueOf).toList()));
        }
        return scalar(schema, values.get(0))
                .<Result>map(Value::new)
                .orElseGet(() -> unparseable(schema, values.get(0), pointer));
    }

    private static Unparseable unparseable(JsonNode schema, String raw, String pointer) {
        return new Unparseable(Violation.error(
                Rule.TYPE, pointer, SchemaFacts.typeOf(schema), MessageTranslator.render(TextNode.valueOf(raw))));
    }

    private static Optional<JsonNode> scalar(JsonNode schema, String raw) {
        try {
            return switch (SchemaFacts.typeOf(schema)) {
                case "integer" -> Optional.of(NODES.numberNode(new BigInteger(raw)));
                case "number" -> Optional.of(NODES.numberNode(new BigDecimal(raw)));
                case "boolean" ->
                    "true".equals(raw) || "false".equals(raw)
                            ? Optional.of(NODES.booleanNode(Boolean.parseBoolean(raw)))
                            : Optional.empty();
                default -> Optional.of(TextNode.valueOf(raw));
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

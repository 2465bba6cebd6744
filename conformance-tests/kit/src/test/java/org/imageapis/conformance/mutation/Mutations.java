package org.imageapis.conformance.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Generates every single-step mutation of an example body and asks the oracle whether the schema forbids each:
 * drop each object member; replace each value by one of each other JSON type; break each enum value (and swap in
 * the other enum values, which stays allowed); push each integer to the edges of its range, of int32 and of int64;
 * and replace each date-time-like string by valid and broken date-times.
 */
final class Mutations {

    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);
    private static final BigInteger INT32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final List<String> VALID_DATE_TIMES =
            List.of("2024-05-07T07:54:21Z", "2024-05-07T07:54:21.123456+08:00", "2024-02-29t23:59:59.5-05:30");
    private static final List<String> BROKEN_DATE_TIMES = List.of(
            "2024-13-07T07:54:21Z",
            "2023-02-29T07:54:21Z",
            "2024-05-07T24:00:00Z",
            "2024-05-07T07:60:00Z",
            "2024-05-07",
            "2024-05-07T07:54:21",
            "07:54:21Z",
            "not a date-time",
            "");

    private final SchemaOracle oracle;
    private final JsonNode original;
    private final List<Mutation> mutations = new ArrayList<>();

    private Mutations(SchemaOracle oracle, JsonNode original) {
        this.oracle = oracle;
        this.original = original;
    }

    /** All mutations of {@code body}, with the oracle's verdicts. */
    static List<Mutation> of(SchemaOracle oracle, JsonNode body) {
        Mutations m = new Mutations(oracle, body);
        m.visit(new ArrayList<>(), body);
        return m.mutations;
    }

    private void visit(List<String> path, JsonNode value) {
        JsonNode schema = oracle.schemaAt(path);
        retype(path, value, schema);
        if (value.isTextual()) {
            if (schema.has("enum")) {
                breakEnum(path, value, schema);
            }
            if ("date-time".equals(schema.path("format").asText()) || SchemaOracle.isRfc3339DateTime(value.asText())) {
                dateTimes(path, schema);
            }
        }
        if (value.isIntegralNumber()) {
            ranges(path, schema);
        }
        if (value.isObject()) {
            value.fieldNames().forEachRemaining(name -> {
                List<String> child = append(path, name);
                add(Mutation.Kind.DROP, child, "drop", null, oracle.requires(schema, name));
                visit(child, value.get(name));
            });
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                visit(append(path, Integer.toString(i)), value.get(i));
            }
        }
    }

    private void retype(List<String> path, JsonNode value, JsonNode schema) {
        for (JsonNode replacement : List.of(
                NODES.nullNode(),
                NODES.booleanNode(true),
                NODES.numberNode(7),
                NODES.numberNode(new BigDecimal("0.5")),
                NODES.textNode("mutant"),
                NODES.arrayNode(),
                NODES.objectNode())) {
            if (!kind(replacement).equals(kind(value))) {
                replace(Mutation.Kind.RETYPE, path, schema, replacement);
            }
        }
    }

    private void breakEnum(List<String> path, JsonNode value, JsonNode schema) {
        String text = value.asText();
        replace(Mutation.Kind.ENUM, path, schema, NODES.textNode(text + "_not_in_enum"));
        String otherCase = text.equals(text.toUpperCase(Locale.ROOT))
                ? text.toLowerCase(Locale.ROOT)
                : text.toUpperCase(Locale.ROOT);
        if (!otherCase.equals(text)) {
            replace(Mutation.Kind.ENUM, path, schema, NODES.textNode(otherCase));
        }
        schema.get("enum").forEach(other -> {
            if (!other.equals(value)) {
                replace(Mutation.Kind.ENUM, path, schema, other);
            }
        });
    }

    private void ranges(List<String> path, JsonNode schema) {
        List<BigInteger> edges = new ArrayList<>(List.of(
                INT32_MIN.subtract(BigInteger.ONE),
                INT32_MIN,
                INT32_MAX,
                INT32_MAX.add(BigInteger.ONE),
                INT64_MIN.subtract(BigInteger.ONE),
                INT64_MIN,
                INT64_MAX,
                INT64_MAX.add(BigInteger.ONE)));
        for (String bound : List.of("minimum", "maximum")) {
            if (schema.has(bound)) {
                BigInteger edge = schema.get(bound).bigIntegerValue();
                edges.addAll(List.of(edge.subtract(BigInteger.ONE), edge, edge.add(BigInteger.ONE)));
            }
        }
        edges.stream().distinct().forEach(edge -> replace(Mutation.Kind.RANGE, path, schema, NODES.numberNode(edge)));
    }

    private void dateTimes(List<String> path, JsonNode schema) {
        VALID_DATE_TIMES.forEach(text -> replace(Mutation.Kind.DATE_TIME, path, schema, NODES.textNode(text)));
        BROKEN_DATE_TIMES.forEach(text -> replace(Mutation.Kind.DATE_TIME, path, schema, NODES.textNode(text)));
    }

    private void replace(Mutation.Kind kind, List<String> path, JsonNode schema, JsonNode replacement) {
        add(kind, path, "replace with " + replacement, replacement, oracle.forbids(schema, replacement));
    }

    /** Applies the change to a copy of the original: {@code replacement} at {@code path}, or a drop when null. */
    private void add(
            Mutation.Kind kind, List<String> path, String description, JsonNode replacement, boolean forbidden) {
        JsonNode body;
        if (path.isEmpty()) {
            body = replacement;
        } else {
            body = original.deepCopy();
            JsonNode parent = body.at(pointer(path.subList(0, path.size() - 1)));
            String last = path.get(path.size() - 1);
            if (parent instanceof ObjectNode object) {
                if (replacement == null) {
                    object.remove(last);
                } else {
                    object.set(last, replacement);
                }
            } else {
                ((ArrayNode) parent).set(Integer.parseInt(last), replacement);
            }
        }
        mutations.add(new Mutation(kind, pointer(path), description, body, forbidden));
    }

    private static String kind(JsonNode node) {
        return node.isIntegralNumber()
                ? "integer"
                : node.isNumber() ? "decimal" : node.getNodeType().name();
    }

    private static List<String> append(List<String> path, String token) {
        List<String> longer = new ArrayList<>(path);
        longer.add(token);
        return longer;
    }

    static String pointer(List<String> path) {
        StringBuilder pointer = new StringBuilder();
        path.forEach(
                token -> pointer.append('/').append(token.replace("~", "~0").replace("/", "~1")));
        return pointer.toString();
    }

    /** Counts by kind and verdict, for the report the test prints. */
    static Map<String, Long> summary(List<Mutation> mutations) {
        return mutations.stream()
                .collect(Collectors.groupingBy(
                        m -> m.kind() + (m.forbidden() ? " forbidden" : " allowed"),
                        TreeMap::new,
                        Collectors.counting()));
    }
}

package org.imageapis.conformance.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.imageapis.conformance.Rule;
import org.imageapis.conformance.Severity;
import org.imageapis.conformance.Violation;
import org.imageapis.conformance.spec.SpecDocument;

/**
 * Finds body fields that the schema at their location does not declare: the drift a real response shows when the
 * provider adds fields. An object counts as described when its schema (with its {@code allOf} parts) lists
 * {@code properties} or gives {@code additionalProperties} a schema; a field outside them is undeclared unless the
 * schema sets {@code additionalProperties}: a schema there is followed, {@code true} opts in to open objects, and
 * {@code false} is left to schema validation, which already rejects the field. Branches of {@code oneOf}/{@code
 * anyOf} are not followed, since the branch a value takes is not known here, except where the one other branch is
 * {@code {type: 'null'}}: that is how OpenAPI 3.1 writes a nullable reference, which 3.0 writes as the reference.
 *
 * <p>What each schema declares is worked out once and cached, as the walk meets the same schemas for every element
 * of a list.
 */
public final class UndeclaredFields {

    private final SpecDocument spec;
    private final Map<SchemaNode, Shape> shapes = new ConcurrentHashMap<>();

    /** @param spec the spec whose schemas declare the fields */
    public UndeclaredFields(SpecDocument spec) {
        this.spec = spec;
    }

    /**
     * The undeclared fields of {@code body} under the schema at {@code schemaPointer}.
     *
     * @param schemaPointer the JSON pointer of the body's schema
     * @param body the body
     * @param severity the severity each violation gets
     * @return one violation per undeclared field
     */
    public List<Violation> find(String schemaPointer, JsonNode body, Severity severity) {
        List<Violation> found = new ArrayList<>();
        walk(spec.at(schemaPointer), body, Location.ROOT, severity, found);
        return found;
    }

    private void walk(JsonNode schema, JsonNode value, Location location, Severity severity, List<Violation> found) {
        Shape shape = shape(schema);
        if (value.isArray() && shape.items() != null) {
            for (int i = 0; i < value.size(); i++) {
                walk(shape.items(), value.get(i), location.child(Integer.toString(i)), severity, found);
            }
        } else if (value.isObject() && shape.described()) {
            Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode property = shape.properties().get(field.getKey());
                JsonNode next = property != null ? property : shape.additional();
                if (next != null) {
                    walk(next, field.getValue(), location.child(field.getKey()), severity, found);
                } else if (shape.reportsUndeclared()) {
                    found.add(new Violation(
                            severity,
                            Rule.UNKNOWN_FIELD,
                            location.child(field.getKey()).pointer(),
                            "a property the schema declares",
                            "undeclared property " + MessageTranslator.render(field.getValue())));
                }
            }
        }
    }

    private Shape shape(JsonNode schema) {
        SchemaNode key = new SchemaNode(schema);
        Shape shape = shapes.get(key);
        if (shape == null) {
            shape = Shape.of(spec, schema);
            shapes.putIfAbsent(key, shape);
        }
        return shape;
    }

    /**
     * What a schema declares.
     *
     * @param items             the schema of array elements, or null
     * @param described         whether the schema describes object members at all
     * @param properties        the declared properties, with those of the {@code allOf} parts
     * @param additional        the schema of other members, or null
     * @param reportsUndeclared whether other members are undeclared ({@code additionalProperties} not set)
     */
    private record Shape(
            JsonNode items,
            boolean described,
            Map<String, JsonNode> properties,
            JsonNode additional,
            boolean reportsUndeclared) {

        static Shape of(SpecDocument spec, JsonNode schema) {
            JsonNode resolved = nonNull(spec, schema);
            Map<String, JsonNode> properties = new LinkedHashMap<>();
            collect(spec, resolved, properties);
            JsonNode additional = resolved.path("additionalProperties");
            return new Shape(
                    resolved.has("items") ? resolved.get("items") : null,
                    !properties.isEmpty() || resolved.has("properties") || additional.isObject(),
                    properties,
                    additional.isObject() ? additional : null,
                    additional.isMissingNode());
        }

        private static void collect(SpecDocument spec, JsonNode schema, Map<String, JsonNode> into) {
            JsonNode resolved = nonNull(spec, schema);
            resolved.path("properties").properties().forEach(e -> into.putIfAbsent(e.getKey(), e.getValue()));
            resolved.path("allOf").forEach(part -> collect(spec, part, into));
        }
    }

    /** The schema, dereferenced; for {@code anyOf}/{@code oneOf} of one schema and {@code {type: 'null'}}, that one. */
    private static JsonNode nonNull(SpecDocument spec, JsonNode schema) {
        JsonNode resolved = spec.dereference(schema);
        for (String key : List.of("anyOf", "oneOf")) {
            List<JsonNode> others = new ArrayList<>();
            resolved.path(key).forEach(branch -> {
                if (!(branch.size() == 1 && "null".equals(branch.path("type").asText()))) {
                    others.add(branch);
                }
            });
            if (others.size() == 1 && resolved.path(key).size() == 2) {
                return spec.dereference(others.get(0));
            }
        }
        return resolved;
    }

    /** A schema node compared by identity: equal-looking schemas at different places are different keys. */
    private record SchemaNode(JsonNode node) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SchemaNode that && that.node == node;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(node);
        }
    }

    /** Where the walk is; the JSON pointer is only spelled out for a field that is reported. */
    private record Location(Location parent, String token) {
        static final Location ROOT = new Location(null, null);

        Location child(String childToken) {
            return new Location(this, childToken);
        }

        String pointer() {
            return parent == null
                    ? ""
                    : parent.pointer() + "/" + token.replace("~", "~0").replace("/", "~1");
        }
    }
}

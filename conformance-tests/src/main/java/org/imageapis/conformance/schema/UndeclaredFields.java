package org.imageapis.conformance.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imageapis.conformance.Rule;
import org.imageapis.conformance.Severity;
import org.imageapis.conformance.Violation;
import org.imageapis.conformance.spec.SpecDocument;

/**
 * Finds body fields that the schema at their location does not declare: the drift a real response shows when the
 * provider adds fields. An object counts as described when its schema (with its {@code allOf} parts) lists
 * {@code properties} or gives {@code additionalProperties} a schema; a field outside them is undeclared unless the schema sets {@code additionalProperties}: a
 * schema there is followed, {@code true} opts in to open objects, and {@code false} is left to schema validation,
 * which already rejects the field. Branches of {@code oneOf}/{@code anyOf} are not followed, since the branch a
 * value takes is not known here.
 */
public final class UndeclaredFields {

    private final SpecDocument spec;

    public UndeclaredFields(SpecDocument spec) {
        this.spec = spec;
    }

    /** The undeclared fields of {@code body} under the schema at {@code schemaPointer}. */
    public List<Violation> find(String schemaPointer, JsonNode body, Severity severity) {
        List<Violation> found = new ArrayList<>();
        walk(spec.resolve("#" + schemaPointer), body, "", severity, found);
        return found;
    }

    private void walk(JsonNode schema, JsonNode value, String pointer, Severity severity, List<Violation> found) {
        JsonNode resolved = spec.dereference(schema);
        if (resolved.isMissingNode()) {
            return;
        }
        if (value.isArray() && resolved.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                walk(resolved.get("items"), value.get(i), pointer + "/" + i, severity, found);
            }
        } else if (value.isObject()) {
            walkObject(resolved, value, pointer, severity, found);
        }
    }

    private void walkObject(JsonNode schema, JsonNode value, String pointer, Severity severity,
                            List<Violation> found) {
        Declared declared = declared(schema);
        if (!declared.described()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
            JsonNode property = declared.properties().get(field.getKey());
            if (property != null) {
                walk(property, field.getValue(), child, severity, found);
            } else if (declared.additional().isObject()) {
                walk(declared.additional(), field.getValue(), child, severity, found);
            } else if (declared.additional().isMissingNode()) {
                found.add(new Violation(severity, Rule.UNKNOWN_FIELD, child, "a property the schema declares",
                        "undeclared property " + MessageTranslator.render(field.getValue())));
            }
        }
    }

    /** The properties of a schema and its {@code allOf} parts, and its {@code additionalProperties}. */
    private Declared declared(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        collect(schema, properties);
        JsonNode additional = schema.path("additionalProperties");
        boolean described = !properties.isEmpty() || schema.has("properties") || additional.isObject();
        return new Declared(described, properties, additional);
    }

    private void collect(JsonNode schema, Map<String, JsonNode> into) {
        JsonNode resolved = spec.dereference(schema);
        resolved.path("properties").fields().forEachRemaining(e -> into.putIfAbsent(e.getKey(), e.getValue()));
        resolved.path("allOf").forEach(part -> collect(part, into));
    }

    private record Declared(boolean described, Map<String, JsonNode> properties, JsonNode additional) {
    }
}

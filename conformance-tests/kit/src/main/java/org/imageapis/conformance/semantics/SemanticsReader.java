package org.imageapis.conformance.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.imageapis.conformance.SpecLoadException;
import org.imageapis.conformance.spec.OperationSpec;
import org.imageapis.conformance.spec.ParameterSpec;
import org.imageapis.conformance.spec.SpecDocument;

/**
 * Reads the semantic extensions of a spec's operations. The specs' Spectral rules hold their shape; a user's spec
 * is read leniently where it can be and refused, naming the pointer, where it cannot.
 */
public final class SemanticsReader {

    private final SpecDocument spec;

    /** @param spec the spec whose semantic extensions are read */
    public SemanticsReader(SpecDocument spec) {
        this.spec = spec;
    }

    /** @return the semantics of every operation, in the spec's order */
    public List<OperationSemantics> read() {
        return spec.operations().stream().map(this::read).toList();
    }

    private OperationSemantics read(OperationSpec operation) {
        JsonNode node = spec.at(operation.pointer());
        List<Filter> filters = new ArrayList<>();
        List<Sort> sorts = new ArrayList<>();
        for (ParameterSpec parameter : operation.parameters()) {
            JsonNode declaration = spec.at(parameter.pointer());
            if (declaration.has("x-filter")) {
                filters.add(filter(parameter.name(), declaration.get("x-filter"), parameter.pointer() + "/x-filter"));
            }
            if (declaration.has("x-sort")) {
                sorts.add(sort(parameter.name(), declaration.get("x-sort"), parameter.pointer() + "/x-sort"));
            }
        }
        return new OperationSemantics(
                operation,
                node.has("x-paging")
                        ? Optional.of(paging(node.get("x-paging"), operation.pointer() + "/x-paging"))
                        : Optional.empty(),
                List.copyOf(filters),
                List.copyOf(sorts),
                exampleRequests(node.path("x-example-requests"), operation.pointer() + "/x-example-requests"));
    }

    private static Paging paging(JsonNode node, String pointer) {
        return new Paging(
                required(node, "offset", pointer),
                required(node, "limit", pointer),
                required(node, "items", pointer),
                optional(node, "total"),
                optional(node, "total-header"),
                optional(node, "total-in-item"),
                optional(node, "page-size"),
                optional(node, "page-number"),
                optional(node, "page-count"));
    }

    private static Filter filter(String parameter, JsonNode node, String pointer) {
        String match = required(node, "match", pointer);
        Filter.Match kind;
        try {
            kind = Filter.Match.valueOf(match.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SpecLoadException("unknown x-filter match '" + match + "' at " + pointer);
        }
        Optional<String> field = optional(node, "field");
        if ((kind == Filter.Match.EXACT || kind == Filter.Match.PARTIAL) && field.isEmpty()) {
            throw new SpecLoadException("an x-filter that matches " + match + " needs a field, at " + pointer);
        }
        Map<String, String> exactWhen = new LinkedHashMap<>();
        node.path("exact-when")
                .properties()
                .forEach(e -> exactWhen.put(e.getKey(), e.getValue().asText()));
        Optional<Filter.Combined> combined = kind == Filter.Match.COMBINED
                ? Optional.of(new Filter.Combined(
                        required(node, "pair-separator", pointer), required(node, "key-separator", pointer)))
                : Optional.empty();
        return new Filter(parameter, kind, field, Map.copyOf(exactWhen), combined);
    }

    private static Sort sort(String parameter, JsonNode node, String pointer) {
        Map<String, String> fields = new LinkedHashMap<>();
        node.path("fields")
                .properties()
                .forEach(e -> fields.put(e.getKey(), e.getValue().asText()));
        if (fields.isEmpty()) {
            throw new SpecLoadException("an x-sort needs at least one field, at " + pointer);
        }
        return new Sort(
                parameter,
                required(node, "direction", pointer),
                optional(node, "separator"),
                Collections.unmodifiableMap(fields));
    }

    private static List<ExampleRequest> exampleRequests(JsonNode node, String pointer) {
        List<ExampleRequest> requests = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String line = required(node.get(i), "request", pointer + "/" + i);
            String[] parts = line.trim().split("\\s+");
            if (parts.length != 2) {
                throw new SpecLoadException(
                        "not a request line (METHOD target): '" + line + "' at " + pointer + "/" + i);
            }
            requests.add(new ExampleRequest(
                    required(node.get(i), "source", pointer + "/" + i), parts[0].toUpperCase(Locale.ROOT), parts[1]));
        }
        return List.copyOf(requests);
    }

    private static String required(JsonNode node, String key, String pointer) {
        JsonNode value = node.get(key);
        if (value == null || !value.isValueNode()) {
            throw new SpecLoadException("missing '" + key + "' at " + pointer);
        }
        return value.asText();
    }

    private static Optional<String> optional(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}

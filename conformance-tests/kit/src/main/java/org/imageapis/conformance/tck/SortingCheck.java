package org.imageapis.conformance.tck;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.imageapis.conformance.semantics.OperationSemantics;
import org.imageapis.conformance.semantics.Paging;
import org.imageapis.conformance.semantics.Sort;
import org.imageapis.conformance.spec.ParameterSpec;
import org.imageapis.conformance.spec.SchemaFacts;

/**
 * Sorts by every key of every {@code x-sort} parameter, both ways (and by two keys where several are allowed), and
 * checks the order of the records on the first page. Records without the field are left out of the comparison;
 * text may be ordered by code point or ignoring case. A key the spec enumerates must be accepted; a key the spec
 * only lists in {@code x-sort} (the page names none) may be refused, which is a warning.
 */
final class SortingCheck implements Check {

    @Override
    public CheckName name() {
        return CheckName.SORTING;
    }

    @Override
    public CaseResult run(ApiUnderTest api, OperationSemantics operation) {
        Verdict verdict = new Verdict(name(), api, operation.operation());
        if (operation.sorts().isEmpty()) {
            return verdict.skipped("the operation has no sort parameters (x-sort)");
        }
        if (operation.paging().isEmpty()) {
            return verdict.skipped("x-sort needs x-paging to find the records");
        }
        int checked = 0;
        for (Sort sort : operation.sorts()) {
            boolean enumerated = !api.facts(parameter(operation, sort.parameter()))
                    .enumValues()
                    .isEmpty();
            for (String direction : List.of("asc", "desc")) {
                String directionValue = directionValue(api, operation, sort, direction);
                for (Map.Entry<String, String> key : sort.fields().entrySet()) {
                    checked += sortBy(
                            api,
                            operation,
                            sort,
                            List.of(key.getKey()),
                            directionValue,
                            direction,
                            enumerated,
                            verdict);
                }
                if (sort.separator().isPresent() && sort.fields().size() >= 2) {
                    checked += sortBy(
                            api,
                            operation,
                            sort,
                            new ArrayList<>(sort.fields().keySet()).subList(0, 2),
                            directionValue,
                            direction,
                            enumerated,
                            verdict);
                }
            }
        }
        if (checked == 0 && !verdict.failed()) {
            return verdict.skipped("fewer than two records to compare" + Hints.forEmpty(api));
        }
        return verdict.result(checked + " sort orders checked");
    }

    /** Sorts by {@code keys}; returns 1 when an order was checked. */
    private static int sortBy(
            ApiUnderTest api,
            OperationSemantics operation,
            Sort sort,
            List<String> keys,
            String directionValue,
            String direction,
            boolean enumerated,
            Verdict verdict) {
        Paging paging = operation.paging().orElseThrow();
        String keyValue = String.join(sort.separator().orElse(","), keys);
        TckRequest request = Records.page(
                        api, operation, 0, Records.limits(api, operation).largest())
                .query(sort.parameter(), keyValue)
                .query(sort.directionParameter(), directionValue)
                .build();
        Exchange exchange = api.sender().send(CheckName.SORTING, operation.operation(), request);
        String label = sort.parameter() + "=" + keyValue + "&" + sort.directionParameter() + "=" + directionValue;
        if (exchange.status() / 100 == 4 && !enumerated) {
            verdict.warn(label + " refused (the spec lists no sortable fields): " + exchange.describe());
            return 0;
        }
        Optional<List<JsonNode>> items =
                exchange.status() / 100 == 2 ? Records.items(paging, exchange) : Optional.empty();
        if (items.isEmpty()) {
            verdict.fail(label + ": " + exchange.describe());
            return 0;
        }
        List<String> pointers = keys.stream().map(sort.fields()::get).toList();
        List<JsonNode> sortable = items.get().stream()
                .filter(r -> !r.at(pointers.get(0)).isMissingNode()
                        && !r.at(pointers.get(0)).isNull())
                .toList();
        if (sortable.size() < 2) {
            return 0;
        }
        boolean descending = direction.equals("desc");
        Optional<String> disorder = firstDisorder(sortable, pointers, descending);
        if (disorder.isPresent()) {
            verdict.fail(label + ": " + disorder.get());
        } else {
            verdict.note(label + ": " + sortable.size() + " records in order");
        }
        return 1;
    }

    /** Where the records break the order under both text orders, or empty when one of them holds. */
    private static Optional<String> firstDisorder(List<JsonNode> records, List<String> pointers, boolean descending) {
        Optional<String> byCodePoint = disorder(records, pointers, descending, false);
        if (byCodePoint.isEmpty()
                || disorder(records, pointers, descending, true).isEmpty()) {
            return Optional.empty();
        }
        return byCodePoint;
    }

    private static Optional<String> disorder(
            List<JsonNode> records, List<String> pointers, boolean descending, boolean ignoreCase) {
        Comparator<JsonNode> order = (a, b) -> {
            for (String pointer : pointers) {
                int c = compare(a.at(pointer), b.at(pointer), ignoreCase);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        for (int i = 1; i < records.size(); i++) {
            int c = order.compare(records.get(i - 1), records.get(i));
            if (descending ? c < 0 : c > 0) {
                return Optional.of("record " + (i - 1) + " " + values(records.get(i - 1), pointers)
                        + " comes before record " + i + " " + values(records.get(i), pointers));
            }
        }
        return Optional.empty();
    }

    private static String values(JsonNode record, List<String> pointers) {
        return pointers.stream().map(p -> p + "=" + record.at(p)).toList().toString();
    }

    /** Numbers by value, booleans false before true, anything else as text; absent values compare equal. */
    private static int compare(JsonNode a, JsonNode b, boolean ignoreCase) {
        if (a.isMissingNode() || a.isNull() || b.isMissingNode() || b.isNull()) {
            return 0;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        if (a.isBoolean() && b.isBoolean()) {
            return Boolean.compare(a.booleanValue(), b.booleanValue());
        }
        String x = a.asText();
        String y = b.asText();
        return ignoreCase ? x.toLowerCase(Locale.ROOT).compareTo(y.toLowerCase(Locale.ROOT)) : x.compareTo(y);
    }

    /** The direction parameter's value for {@code asc} or {@code desc}: its enum value in any case, else as is. */
    private static String directionValue(ApiUnderTest api, OperationSemantics operation, Sort sort, String direction) {
        SchemaFacts facts = api.facts(parameter(operation, sort.directionParameter()));
        return facts.enumValues().stream()
                .filter(v -> v.equalsIgnoreCase(direction))
                .findFirst()
                .orElse(direction);
    }

    private static ParameterSpec parameter(OperationSemantics operation, String name) {
        return operation
                .operation()
                .parameter(name, "query")
                .orElseThrow(() -> new IllegalStateException("x-sort names the parameter " + name + ", which "
                        + operation.operation().id() + " does not declare"));
    }
}

package org.imageapis.conformance.tck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imageapis.conformance.semantics.OperationSemantics;
import org.imageapis.conformance.semantics.Paging;
import org.imageapis.conformance.spec.ParameterSpec;
import org.imageapis.conformance.spec.SchemaFacts;

/**
 * Reads records and totals out of answers as {@code x-paging} says, and fetches every record of a query page by
 * page. What the checks compare records by is their canonical JSON, without the field that repeats the total.
 */
final class Records {

    /** The most records {@link #collect} gathers: enough for any test dataset, bounded for a real one. */
    static final int MAX_COLLECTED = 10_000;

    private static final Pattern CONTENT_RANGE = Pattern.compile("^(\\d+)-(\\d+)/(\\d+)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Records() {}

    /** The {@code offset-count/total} of a {@code Content-Range}-style header. */
    record Range(long offset, long count, long total) {
        static Optional<Range> parse(String header) {
            Matcher m = CONTENT_RANGE.matcher(header.trim());
            return m.matches()
                    ? Optional.of(new Range(
                            Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))))
                    : Optional.empty();
        }
    }

    /** The records of an answer, if the body has them where {@code x-paging.items} points. */
    static Optional<List<JsonNode>> items(Paging paging, Exchange exchange) {
        return exchange.json()
                .map(body -> body.at(paging.items()))
                .filter(JsonNode::isArray)
                .map(array -> {
                    List<JsonNode> items = new ArrayList<>();
                    array.forEach(items::add);
                    return items;
                });
    }

    /** The total of an answer: in the body, else in the header, else in the first record. */
    static OptionalLong total(Paging paging, Exchange exchange, List<JsonNode> items) {
        Optional<JsonNode> body = exchange.json();
        if (paging.total().isPresent() && body.isPresent()) {
            JsonNode total = body.get().at(paging.total().get());
            return total.canConvertToLong() ? OptionalLong.of(total.longValue()) : OptionalLong.empty();
        }
        if (paging.totalHeader().isPresent()) {
            Optional<Range> range = exchange.header(paging.totalHeader().get()).flatMap(Range::parse);
            if (range.isPresent()) {
                return OptionalLong.of(range.get().total());
            }
        }
        if (paging.totalInItem().isPresent() && !items.isEmpty()) {
            JsonNode total = items.get(0).at(paging.totalInItem().get());
            return total.canConvertToLong() ? OptionalLong.of(total.longValue()) : OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** The record as the checks compare it: canonical JSON, without the field that repeats the total. */
    static String identity(Paging paging, JsonNode record) {
        JsonNode copy = record.deepCopy();
        paging.totalInItem().ifPresent(pointer -> {
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = copy.at(pointer.substring(0, slash));
            if (parent instanceof ObjectNode object) {
                object.remove(pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~"));
            }
        });
        return canonical(copy);
    }

    private static String canonical(JsonNode node) {
        try {
            return JSON.writeValueAsString(sorted(node));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> fields = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            return fields;
        }
        if (node.isArray()) {
            List<Object> elements = new ArrayList<>();
            node.forEach(element -> elements.add(sorted(element)));
            return elements;
        }
        return node;
    }

    /** The smallest and the largest page size the spec allows. */
    record Limits(long smallest, long largest) {}

    /** The limit parameter's values the spec allows, smallest and largest (the largest at most 1,000). */
    static Limits limits(ApiUnderTest api, OperationSemantics operation) {
        Paging paging = operation.paging().orElseThrow();
        ParameterSpec limit = operation
                .operation()
                .parameter(paging.limitParameter(), "query")
                .orElseThrow();
        SchemaFacts facts = api.facts(limit);
        long min = facts.minimum().map(BigDecimal::longValue).orElse(1L);
        long max = facts.maximum().map(BigDecimal::longValue).orElse(1_000L);
        long largest = Math.max(min, Math.min(max, 1_000L));
        while (largest > min && !api.allows(page(api, operation, 0, largest).build())) {
            largest /= 2;
        }
        return new Limits(Math.max(min, 1), Math.max(largest, Math.max(min, 1)));
    }

    /** The baseline request for one page. */
    static TckRequest.Builder page(ApiUnderTest api, OperationSemantics operation, long offset, long limit) {
        Paging paging = operation.paging().orElseThrow();
        return api.baseline(operation.operation())
                .query(paging.offsetParameter(), Long.toString(offset))
                .query(paging.limitParameter(), Long.toString(limit));
    }

    /** Every record of a query, or the exchange that went wrong. */
    record Collected(List<JsonNode> records, long total, boolean complete, Exchange failure) {
        boolean failed() {
            return failure != null;
        }
    }

    /**
     * Fetches every record of the baseline query plus {@code parameters}, in pages of the largest allowed limit,
     * moving on by the number of records each page holds; at most {@link #MAX_COLLECTED} records.
     */
    static Collected collect(
            ApiUnderTest api, OperationSemantics operation, CheckName check, Map<String, String> parameters) {
        Paging paging = operation.paging().orElseThrow();
        long limit = limits(api, operation).largest();
        List<JsonNode> records = new ArrayList<>();
        long total = -1;
        long offset = 0;
        while (true) {
            TckRequest.Builder request = page(api, operation, offset, limit);
            parameters.forEach(request::query);
            Exchange exchange = api.sender().send(check, operation.operation(), request.build());
            Optional<List<JsonNode>> items = exchange.status() / 100 == 2 ? items(paging, exchange) : Optional.empty();
            if (items.isEmpty()) {
                return new Collected(records, total, false, exchange);
            }
            OptionalLong pageTotal = total(paging, exchange, items.get());
            total = pageTotal.orElse(total);
            records.addAll(items.get());
            offset += items.get().size();
            boolean end = items.get().isEmpty()
                    || (total >= 0 ? offset >= total : items.get().size() < limit);
            if (end || records.size() >= MAX_COLLECTED) {
                return new Collected(records, Math.max(total, records.size()), end, null);
            }
        }
    }
}

package org.imageapis.conformance.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.imageapis.conformance.Violation;

/**
 * What a {@link ValidatingProxy} saw so far, per operation; a snapshot, immutable.
 *
 * @param operations the operations that had traffic, by API and operation, the unknown ones last
 */
public record ProxyReport(List<OperationReport> operations) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Copies the operations.
     *
     * @param operations the operations that had traffic, copied
     */
    public ProxyReport {
        operations = List.copyOf(operations);
    }

    /** @return all exchanges, over every operation */
    public long exchanges() {
        return operations.stream().mapToLong(OperationReport::exchanges).sum();
    }

    /** @return the exchanges with at least one error-severity violation */
    public long exchangesWithViolations() {
        return operations.stream()
                .mapToLong(OperationReport::exchangesWithViolations)
                .sum();
    }

    /** @return whether no exchange had an error-severity violation (warnings and the proxy's own errors do not count) */
    public boolean isValid() {
        return exchangesWithViolations() == 0;
    }

    /**
     * The report as JSON, in the shape of {@code conformance validate --format json} with counts added:
     * {@code {"suite", "valid", "exchanges", "exchanges_with_violations", "results": [{"input", "api",
     * "operation", "outcome", "exchanges", "exchanges_with_violations", "statuses", "violations": [{"severity",
     * "rule", "pointer", "expected", "actual", "count"}], "omitted_violations", "not_validated",
     * "proxy_errors"}]}}.
     *
     * @return the report as JSON
     */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("suite", "conformance proxy");
        root.put("valid", isValid());
        root.put("exchanges", exchanges());
        root.put("exchanges_with_violations", exchangesWithViolations());
        ArrayNode results = root.putArray("results");
        for (OperationReport operation : operations) {
            ObjectNode item = results.addObject();
            item.put("input", operation.name());
            item.put("api", operation.api() == null ? null : operation.api().id());
            item.put("operation", operation.operationId());
            item.put("outcome", operation.isValid() ? "valid" : "invalid");
            item.put("exchanges", operation.exchanges());
            item.put("exchanges_with_violations", operation.exchangesWithViolations());
            counts(item.putObject("statuses"), new TreeMap<>(operation.statuses()));
            ArrayNode violations = item.putArray("violations");
            for (ViolationCount counted : operation.violations()) {
                Violation v = counted.violation();
                violations
                        .addObject()
                        .put("severity", v.severity().id())
                        .put("rule", v.rule().id())
                        .put("pointer", v.pointer())
                        .put("expected", v.expected())
                        .put("actual", v.actual())
                        .put("count", counted.count());
            }
            item.put("omitted_violations", operation.omittedViolations());
            counts(item.putObject("not_validated"), new TreeMap<>(operation.notValidated()));
            counts(item.putObject("proxy_errors"), new TreeMap<>(operation.proxyErrors()));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void counts(ObjectNode node, Map<?, Long> counts) {
        counts.forEach((key, count) -> node.put(String.valueOf(key), count));
    }
}

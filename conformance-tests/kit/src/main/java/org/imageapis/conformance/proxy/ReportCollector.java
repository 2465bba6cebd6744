package org.imageapis.conformance.proxy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.imageapis.conformance.Rule;
import org.imageapis.conformance.Severity;
import org.imageapis.conformance.Violation;
import org.imageapis.specs.Specs;

/** Counts what the proxy sees, per operation, from any number of event-loop threads at once. */
final class ReportCollector {

    /** Distinct violations kept per operation: a list answer with one drifting field per item would be thousands. */
    static final int MAX_DISTINCT_VIOLATIONS = 500;

    private final Map<OperationKey, OperationStats> operations = new ConcurrentHashMap<>();

    /** Adds one finished exchange. */
    void record(ExchangeRecord exchange) {
        operations
                .computeIfAbsent(new OperationKey(exchange.api(), exchange.operationId()), key -> new OperationStats())
                .add(exchange);
    }

    ProxyReport snapshot() {
        List<OperationReport> reports = new ArrayList<>();
        operations.forEach((key, stats) -> reports.add(stats.snapshot(key)));
        reports.sort(OperationReport.ORDER);
        return new ProxyReport(reports);
    }

    private record OperationKey(Specs.Api api, String operationId) {}

    /** What makes two violations the same entry: the actual value may differ from one exchange to the next. */
    private record ViolationKey(Severity severity, Rule rule, String pointer, String expected) {
        static ViolationKey of(Violation v) {
            return new ViolationKey(v.severity(), v.rule(), v.pointer(), v.expected());
        }
    }

    private static final class Counted {
        final Violation first;
        final LongAdder count = new LongAdder();

        Counted(Violation first) {
            this.first = first;
        }
    }

    private static final class OperationStats {
        final LongAdder exchanges = new LongAdder();
        final LongAdder withViolations = new LongAdder();
        final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        final Map<ViolationKey, Counted> violations = new ConcurrentHashMap<>();
        final AtomicInteger distinct = new AtomicInteger();
        final LongAdder omitted = new LongAdder();
        final Map<String, LongAdder> notValidated = new ConcurrentHashMap<>();
        final Map<String, LongAdder> proxyErrors = new ConcurrentHashMap<>();

        void add(ExchangeRecord exchange) {
            exchanges.increment();
            if (exchange.errorCount() > 0) {
                withViolations.increment();
            }
            if (exchange.upstreamStatus() > 0) {
                statuses.computeIfAbsent(exchange.upstreamStatus(), s -> new LongAdder())
                        .increment();
            }
            for (Violation violation : exchange.violations()) {
                Counted counted = violations.get(ViolationKey.of(violation));
                if (counted == null) {
                    if (distinct.incrementAndGet() > MAX_DISTINCT_VIOLATIONS) {
                        distinct.decrementAndGet();
                        omitted.increment();
                        continue;
                    }
                    Counted fresh = new Counted(violation);
                    counted = violations.putIfAbsent(ViolationKey.of(violation), fresh);
                    if (counted == null) {
                        counted = fresh;
                    } else {
                        distinct.decrementAndGet(); // another thread added the same one first
                    }
                }
                counted.count.increment();
            }
            exchange.notValidated()
                    .forEach(reason -> notValidated
                            .computeIfAbsent(reason.id(), r -> new LongAdder())
                            .increment());
            if (exchange.proxyError() != null) {
                proxyErrors
                        .computeIfAbsent(exchange.proxyError(), c -> new LongAdder())
                        .increment();
            }
        }

        OperationReport snapshot(OperationKey key) {
            List<ViolationCount> counted = new ArrayList<>();
            violations.values().forEach(c -> counted.add(new ViolationCount(c.first, c.count.sum())));
            counted.sort(
                    Comparator.comparing((ViolationCount c) -> c.violation().pointer())
                            .thenComparing(c -> c.violation().rule())
                            .thenComparing(c -> c.violation().severity())
                            .thenComparing(c -> c.violation().expected()));
            return new OperationReport(
                    key.api(),
                    key.operationId(),
                    exchanges.sum(),
                    withViolations.sum(),
                    sums(statuses),
                    counted,
                    omitted.sum(),
                    sums(notValidated),
                    sums(proxyErrors));
        }

        private static <K> Map<K, Long> sums(Map<K, LongAdder> adders) {
            Map<K, Long> sums = new HashMap<>();
            adders.forEach((key, adder) -> sums.put(key, adder.sum()));
            return sums;
        }
    }
}

package org.imageapis.conformance.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imageapis.conformance.Rule;
import org.imageapis.conformance.Severity;
import org.imageapis.conformance.Violation;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.Test;

class ReportCollectorTest {

    private final ReportCollector collector = new ReportCollector();

    private static ExchangeRecord exchange(int status, List<Violation> violations) {
        return new ExchangeRecord(Specs.Api.SWR, "listSharedRepositories", status, violations, List.of(), null);
    }

    @Test
    void violationsAreDistinctByRulePointerAndExpectedWithTheFirstActualKept() {
        collector.record(exchange(200, List.of(Violation.error(Rule.TYPE, "/0/size", "integer", "\"big\""))));
        collector.record(exchange(
                200,
                List.of(
                        Violation.error(Rule.TYPE, "/0/size", "integer", "\"huge\""),
                        new Violation(Severity.WARNING, Rule.UNKNOWN_FIELD, "/0/extra", "a declared field", "1"))));
        collector.record(exchange(200, List.of()));

        OperationReport report = collector.snapshot().operations().get(0);

        assertThat(report.exchanges()).isEqualTo(3);
        assertThat(report.exchangesWithViolations()).isEqualTo(2);
        assertThat(report.statuses()).isEqualTo(Map.of(200, 3L));
        assertThat(report.violations())
                .extracting(v -> v.violation().pointer(), ViolationCount::count)
                .containsExactly(tuple("/0/extra", 1L), tuple("/0/size", 2L));
        assertThat(report.violations().get(1).violation().actual()).isEqualTo("\"big\"");
    }

    @Test
    void warningsAloneLeaveTheReportValid() {
        collector.record(exchange(200, List.of(new Violation(Severity.WARNING, Rule.UNKNOWN_FIELD, "/0/x", "", ""))));

        assertThat(collector.snapshot().isValid()).isTrue();
        assertThat(collector.snapshot().exchangesWithViolations()).isZero();
    }

    @Test
    void distinctViolationsAreCappedAndTheRestCounted() {
        List<Violation> many = new ArrayList<>();
        for (int i = 0; i < ReportCollector.MAX_DISTINCT_VIOLATIONS + 20; i++) {
            many.add(Violation.error(Rule.TYPE, "/" + i + "/size", "integer", "\"x\""));
        }
        collector.record(exchange(200, many));
        collector.record(exchange(200, many));

        OperationReport report = collector.snapshot().operations().get(0);

        assertThat(report.violations())
                .hasSize(ReportCollector.MAX_DISTINCT_VIOLATIONS)
                .allSatisfy(v -> assertThat(v.count()).isEqualTo(2));
        assertThat(report.omittedViolations()).isEqualTo(40);
    }

    @Test
    void proxyErrorsAndUnvalidatedPartsAreCountedApart() {
        collector.record(new ExchangeRecord(
                Specs.Api.SWR, "listSharedRepositories", 0, List.of(), List.of(), ProxyError.BAD_GATEWAY.code()));
        collector.record(new ExchangeRecord(
                null,
                null,
                404,
                List.of(Violation.error(Rule.UNKNOWN_OPERATION, "", "a path", "GET /x")),
                List.of(NotValidated.NO_OPERATION),
                null));

        ProxyReport report = collector.snapshot();

        assertThat(report.operations())
                .extracting(OperationReport::name)
                .containsExactly("swr listSharedRepositories", "(unknown API)");
        assertThat(report.operations().get(0).proxyErrors()).isEqualTo(Map.of("CONFORMANCE.0502", 1L));
        assertThat(report.operations().get(0).isValid()).isTrue();
        assertThat(report.operations().get(1).notValidated()).isEqualTo(Map.of("no-operation", 1L));
        assertThat(report.toJson())
                .contains(
                        "\"input\" : \"(unknown API)\"",
                        "\"no-operation\" : 1",
                        "\"CONFORMANCE.0502\" : 1",
                        "\"valid\" : false");
    }
}

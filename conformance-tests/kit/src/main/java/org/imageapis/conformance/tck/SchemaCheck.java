package org.imageapis.conformance.tck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.imageapis.conformance.Headers;
import org.imageapis.conformance.OperationKey;
import org.imageapis.conformance.RecordedResponse;
import org.imageapis.conformance.Severity;
import org.imageapis.conformance.ValidationReport;
import org.imageapis.conformance.Violation;
import org.imageapis.conformance.http.RawHttpClient;
import org.imageapis.conformance.semantics.OperationSemantics;
import org.imageapis.conformance.spec.OperationSpec;

/**
 * Validates every response the other checks provoked, 2xx and errors alike, against the operation and status:
 * the status documented, the headers and the body as the spec says, a body where the spec documents one (an error
 * without its {@code ErrorResponse} body fails). A 2xx to a method the spec leaves open ({@code HEAD},
 * {@code OPTIONS}) is not judged. The same problem on many responses is one line with a count.
 */
final class SchemaCheck implements Check.Observer {

    @Override
    public CheckName name() {
        return CheckName.SCHEMA;
    }

    @Override
    public CaseResult judge(ApiUnderTest api, OperationSemantics operation, List<Exchange> exchanges) {
        Verdict verdict = new Verdict(name(), api, operation.operation());
        OperationSpec spec = operation.operation();
        Map<String, Tally> problems = new LinkedHashMap<>();
        Map<String, Tally> warnings = new LinkedHashMap<>();
        TreeSet<Integer> statuses = new TreeSet<>();
        int judged = 0;
        for (Exchange exchange : exchanges) {
            if (!exchange.answered() || !exchange.request().method().equals(spec.method()) && exchange.status() < 300) {
                continue;
            }
            judged++;
            statuses.add(exchange.status());
            if (exchange.hasNonJsonBody()) {
                tally(problems, exchange.status() + ": the body is not JSON", exchange);
                continue;
            }
            boolean bodyExpected = !exchange.request().method().equals("HEAD")
                    && exchange.status() != 204
                    && exchange.status() != 304
                    && spec.response(exchange.status())
                            .map(r -> !r.content().isEmpty())
                            .orElse(false);
            if (bodyExpected && exchange.json().isEmpty()) {
                tally(problems, exchange.status() + ": no body, the spec documents one", exchange);
            }
            ValidationReport report = api.validator().validateResponse(recorded(spec, exchange));
            for (Violation violation : report.violations()) {
                tally(
                        violation.severity() == Severity.ERROR ? problems : warnings,
                        exchange.status() + ": " + violation.describe(),
                        exchange);
            }
        }
        if (judged == 0) {
            return verdict.skipped("no responses to judge");
        }
        problems.forEach((problem, tally) -> verdict.fail(tally.describe(problem)));
        warnings.forEach((warning, tally) -> verdict.warn(tally.describe(warning)));
        return verdict.result(
                judged + (judged == 1 ? " response conforms" : " responses conform") + " (statuses " + statuses + ")");
    }

    static RecordedResponse recorded(OperationSpec operation, Exchange exchange) {
        RawHttpClient.Response response = exchange.response().orElseThrow();
        Headers headers = Headers.none();
        for (Map.Entry<String, String> header : response.headers()) {
            headers = headers.with(header.getKey(), header.getValue());
        }
        return new RecordedResponse(
                OperationKey.id(operation.id()),
                response.status(),
                headers,
                response.header("Content-Type"),
                exchange.json().orElse(null));
    }

    private static void tally(Map<String, Tally> tallies, String problem, Exchange exchange) {
        tallies.computeIfAbsent(problem, p -> new Tally(exchange.request().line())).count++;
    }

    /** How many responses had a problem, and the request of the first. */
    static final class Tally {
        final String example;
        int count;

        Tally(String example) {
            this.example = example;
        }

        String describe(String problem) {
            return problem + " (" + (count == 1 ? "" : count + " responses, e.g. ") + example + ")";
        }
    }
}

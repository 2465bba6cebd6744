package org.imageapis.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imageapis.conformance.tck.CaseResult;
import org.imageapis.conformance.tck.CheckName;
import org.imageapis.conformance.tck.ReportFormat;
import org.imageapis.conformance.tck.ServerTestKit;
import org.imageapis.conformance.tck.TckReport;
import org.imageapis.signing.AkSkCredentials;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.Test;

/**
 * The example server, started in-process on a free port, passes the conformance kit's {@code test-server --api swr}:
 * the same checks any implementation is held to. The report is printed and written as JUnit XML to
 * {@code target/tck/}. The fuzz check's outcome is printed, not asserted: what it finds is for a person to read.
 */
class ExampleServerPassesTckTest {

    private static final String TOKEN = "example-tck-token";
    private static final String ACCESS_KEY = "EXAMPLEACCESSKEY0001";
    private static final String SECRET_KEY = "example-tck-secret-key";
    private static final ExampleServer.Credentials CREDENTIALS =
            new ExampleServer.Credentials(List.of(TOKEN), Map.of(ACCESS_KEY, SECRET_KEY));

    /** What the issue asks of the example, and sorting besides. */
    private static final Set<CheckName> MUST_PASS = EnumSet.of(
            CheckName.SCHEMA,
            CheckName.PAGING,
            CheckName.FILTERS,
            CheckName.SORTING,
            CheckName.BOUNDS,
            CheckName.AUTH,
            CheckName.HEADERS);

    @Test
    void passesTheChecksWithATokenAndAnAccessKey() throws Exception {
        TckReport report;
        try (ExampleServer server = ExampleServer.start("127.0.0.1", 0, CREDENTIALS)) {
            report = ServerTestKit.builder()
                    .api(Specs.Api.SWR, server.baseUri())
                    .token(TOKEN)
                    .accessKey(AkSkCredentials.of(ACCESS_KEY, SECRET_KEY))
                    .build()
                    .run();
        }
        String text = publish(report, "token-and-access-key");

        assertThat(outcomes(report)).as(text).containsAllEntriesOf(passed(MUST_PASS));
        assertThat(result(report, CheckName.AUTH).reason()).as(text).contains("a correct one accepted");
        // The SWR page gives no example request, so there is nothing for doc-requests to send.
        assertThat(result(report, CheckName.DOC_REQUESTS).outcome()).as(text).isEqualTo(CaseResult.Outcome.SKIPPED);
        assertThat(text).doesNotContain(SECRET_KEY);
    }

    /** Without a token every request of the checks is signed, so the signature check meets real queries. */
    @Test
    void passesWithSignedRequestsOnly() throws Exception {
        Set<CheckName> checks = EnumSet.of(
                CheckName.PAGING,
                CheckName.FILTERS,
                CheckName.SORTING,
                CheckName.BOUNDS,
                CheckName.AUTH,
                CheckName.SCHEMA,
                CheckName.HEADERS,
                CheckName.FUZZ);
        TckReport report;
        try (ExampleServer server = ExampleServer.start("127.0.0.1", 0, CREDENTIALS)) {
            report = ServerTestKit.builder()
                    .api(Specs.Api.SWR, server.baseUri())
                    .accessKey(AkSkCredentials.of(ACCESS_KEY, SECRET_KEY))
                    .checks(checks)
                    .requestsPerOperation(200)
                    .build()
                    .run();
        }
        String text = publish(report, "access-key-only");

        assertThat(outcomes(report)).as(text).containsAllEntriesOf(passed(MUST_PASS));
        assertThat(text).doesNotContain(SECRET_KEY);
    }

    /** Prints the report with the fuzz check's outcome, writes it as JUnit XML, and returns the text. */
    private static String publish(TckReport report, String name) throws IOException {
        StringWriter text = new StringWriter();
        ReportFormat.TEXT.write(report, new PrintWriter(text));
        System.out.println("test-server --api swr (" + name + "):");
        System.out.print(text);
        CaseResult fuzz = result(report, CheckName.FUZZ);
        System.out.println("fuzz: " + fuzz.outcome() + ": " + fuzz.reason());
        fuzz.details().forEach(detail -> System.out.println("  problem: " + detail));
        fuzz.warnings().forEach(warning -> System.out.println("  warning: " + warning));

        Path directory = Files.createDirectories(Path.of("target", "tck"));
        try (PrintWriter xml = new PrintWriter(Files.newBufferedWriter(directory.resolve(name + ".xml")))) {
            ReportFormat.JUNIT.write(report, xml);
        }
        return text.toString();
    }

    private static Map<CheckName, CaseResult.Outcome> outcomes(TckReport report) {
        Map<CheckName, CaseResult.Outcome> outcomes = new EnumMap<>(CheckName.class);
        report.results().forEach(result -> outcomes.put(result.check(), result.outcome()));
        return outcomes;
    }

    private static Map<CheckName, CaseResult.Outcome> passed(Set<CheckName> checks) {
        Map<CheckName, CaseResult.Outcome> passed = new EnumMap<>(CheckName.class);
        checks.forEach(check -> passed.put(check, CaseResult.Outcome.PASSED));
        return passed;
    }

    private static CaseResult result(TckReport report, CheckName check) {
        return report.results().stream()
                .filter(r -> r.check() == check)
                .findFirst()
                .orElseThrow();
    }
}

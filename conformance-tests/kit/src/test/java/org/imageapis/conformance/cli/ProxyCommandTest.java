package org.imageapis.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The proxy command's usage errors: one line on stderr, exit status 2, and never the secret key. */
class ProxyCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static CliRun proxy(String... extra) {
        List<String> args = new ArrayList<>(List.of("proxy", "--api", "swr", "--port", "0"));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private static void assertUsageError(CliRun run, String message) {
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines())
                .as(run.err())
                .singleElement()
                .asString()
                .startsWith("conformance: ")
                .contains(message);
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ftp://example.com",
                "not a url",
                "/relative/path",
                "https://user:password-in-url@example.com",
                "https://example.com/?query=1"
            })
    void badUpstreamIsAUsageErrorThatDoesNotRepeatTheUrl(String url) {
        CliRun run = proxy("--upstream", url);

        assertUsageError(run, "invalid --upstream: expected an http or https URL");
        assertThat(run.err()).doesNotContain(url);
    }

    @Test
    void badApiUpstreamNamesItsOption() {
        assertUsageError(proxy("--upstream", "http://127.0.0.1:1", "--upstream-swr", "nope"), "invalid --upstream-swr");
    }

    @Test
    void upstreamOfAnApiNotSelectedIsAUsageError() {
        assertUsageError(
                proxy("--upstream", "http://127.0.0.1:1", "--upstream-hss", "http://127.0.0.1:2"),
                "--upstream-hss is given, but hss is not among the APIs to validate");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"just-a-key", "AK:", ":the-secret-key-1"})
    void badAccessKeyIsAUsageErrorThatDoesNotRepeatTheSecret(String value) {
        CliRun run = proxy("--upstream", "http://127.0.0.1:1", "--access-key", value);

        assertUsageError(run, "expected ACCESS_KEY:SECRET_KEY, both non-empty");
        assertThat(run.err()).doesNotContain("the-secret-key-1").doesNotContain("just-a-key");
    }

    @Test
    void portInUseIsAUsageError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = run(
                    "proxy",
                    "--api",
                    "swr",
                    "--upstream",
                    "http://127.0.0.1:1",
                    "--port",
                    Integer.toString(taken.getLocalPort()));

            assertUsageError(run, "cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void missingUpstreamOrApiIsAUsageError() {
        assertUsageError(run("proxy", "--api", "swr", "--port", "0"), "--upstream");
        assertUsageError(run("proxy", "--upstream", "http://127.0.0.1:1", "--port", "0"), "--all");
        assertUsageError(
                run("proxy", "--all", "--api", "swr", "--upstream", "http://127.0.0.1:1", "--port", "0"),
                "mutually exclusive");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--upstream-timeout|0s|invalid duration",
                "--upstream-timeout|soon|invalid duration",
                "--max-size|-1|invalid size",
                "--format|text|--format",
                "--port|70000|invalid --port"
            })
    void badValuesAreUsageErrors(String option, String value, String message) {
        List<String> args = new ArrayList<>(List.of("proxy", "--api", "swr", "--upstream", "http://127.0.0.1:1"));
        if (!option.equals("--port")) {
            args.addAll(List.of("--port", "0"));
        }
        args.addAll(List.of(option, value));

        assertUsageError(run(args.toArray(String[]::new)), message);
    }

    @Test
    void unwritableReportFileIsAUsageErrorBeforeStarting() {
        assertUsageError(
                proxy("--upstream", "http://127.0.0.1:1", "--output", "/no/such/dir/report.json"),
                "cannot write the report to /no/such/dir/report.json");
    }
}

package org.imageapis.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test-server command's bad input: one line on stderr, exit status 2, no secret repeated, no stack trace. */
class TestServerCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static void assertUsageError(CliRun run, String message) {
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.err()).singleElement().asString().contains(message);
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--base-url http://127.0.0.1:1 | (--all | --api=API",
                "--all --api swr --base-url http://127.0.0.1:1 | mutually exclusive",
                "--api ecs --base-url http://127.0.0.1:1 | unknown API 'ecs'",
                "--api swr | no base URL for swr: give --base-url or --base-url-swr",
                "--api swr --base-url ftp://host/x | invalid base URL 'ftp://host/x'",
                "--api swr --base-url http://127.0.0.1:1 --check speed | unknown check 'speed'; the checks are schema, doc-requests",
                "--api swr --base-url http://127.0.0.1:1 --check auth --skip auth | no check left to run",
                "--api hss --base-url http://127.0.0.1:1 --hss-image 111 | invalid --hss-image '111': expected ID:TYPE",
                "--api swr --base-url http://127.0.0.1:1 --requests 0 | invalid --requests 0",
                "--api swr --base-url http://127.0.0.1:1 --format xml | unknown --format 'xml'"
            })
    void aBadCommandLineIsOneLineAndExitStatus2(String args, String message) {
        assertUsageError(run(("test-server " + args).split(" ")), message);
    }

    @Test
    void aMalformedAccessKeyIsRefusedWithoutRepeatingIt() {
        CliRun run = run(
                "test-server",
                "--api",
                "swr",
                "--base-url",
                "http://127.0.0.1:1",
                "--access-key",
                "only-the-secret-part");

        assertUsageError(run, "expected ACCESS_KEY:SECRET_KEY");
        assertThat(run.err()).doesNotContain("only-the-secret-part");
    }

    @Test
    void anUnreachableServerIsExitStatus2BeforeAnyCheck() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CliRun run = run("test-server", "--api", "swr", "--base-url", "http://127.0.0.1:" + port, "--token", "t");

        assertUsageError(run, "cannot reach http://127.0.0.1:" + port + " (swr)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theHelpListsTheChecks() {
        CliRun run = run("test-server", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out().replaceAll("\\s+", " "))
                .contains("schema, doc-requests, paging, filters, sorting, bounds, auth, headers, fuzz")
                .contains("--base-url-hss")
                .contains("$IMAGE_APIS_TOKEN");
    }
}

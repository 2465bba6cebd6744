package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Opens a page in headless Chromium ({@code /usr/bin/chromium}) and returns its DOM once scripts have run, with
 * every request the page made. Outside CI a test using it is skipped when Chromium is not installed; under
 * {@code CI=true} it must run.
 */
final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** What the page became, and the URLs it requested (itself first), from Chromium's network log. */
    record Page(String dom, List<String> requests) {}

    private HeadlessChromium() {}

    /** Skips the calling test when Chromium is missing, unless {@code CI=true}, where it must be there. */
    static void assumeInstalled() {
        if (!"true".equals(System.getenv("CI"))) {
            assumeThat(Files.isExecutable(CHROMIUM))
                    .as(
                            "%s is not installed (apt-get install -y chromium); CI=true makes this test mandatory",
                            CHROMIUM)
                    .isTrue();
        }
    }

    /** The DOM of {@code uri} after its scripts ran, in a window of {@code height} pixels (lazy parts render). */
    static Page open(URI uri, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        try {
            Path netLog = profile.resolve("net-log.json");
            Process chromium = new ProcessBuilder(
                            CHROMIUM.toString(),
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--user-data-dir=" + profile,
                            "--window-size=1280," + height,
                            "--log-net-log=" + netLog,
                            "--dump-dom",
                            "--virtual-time-budget=10000",
                            uri.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] dom = chromium.getInputStream().readAllBytes();
            assertThat(chromium.waitFor(60, TimeUnit.SECONDS))
                    .as("chromium finished")
                    .isTrue();
            return new Page(new String(dom, StandardCharsets.UTF_8), pageRequests(netLog));
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * The URLs of the requests the page made: its own load (the main frame) and every request it initiated.
     * Chromium's own background requests (update checks, accounts), which no flag turns off entirely, have no
     * initiating origin and are left out.
     */
    private static List<String> pageRequests(Path netLog) throws IOException {
        JsonNode log = new ObjectMapper().readTree(netLog.toFile());
        int startJob = log.at("/constants/logEventTypes/URL_REQUEST_START_JOB").asInt(-1);
        assertThat(startJob)
                .as("Chromium's net log names URL_REQUEST_START_JOB")
                .isNotNegative();
        List<String> requests = new ArrayList<>();
        for (JsonNode event : log.path("events")) {
            JsonNode params = event.path("params");
            if (event.path("type").asInt() != startJob || !params.has("url")) {
                continue;
            }
            boolean mainFrame = params.path("request_type").asText().equals("main frame");
            boolean fromPage = !params.path("initiator").asText("not an origin").equals("not an origin");
            if (mainFrame || fromPage) {
                requests.add(params.path("url").asText());
            }
        }
        return requests;
    }
}

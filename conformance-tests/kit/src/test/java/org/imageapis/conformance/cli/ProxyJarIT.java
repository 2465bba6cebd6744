package org.imageapis.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.imageapis.conformance.examples.DocExamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar conformance.jar proxy} as users run it: in front of an upstream, stopped with SIGTERM, it
 * writes its report and exits 0 when no violation was seen, 1 otherwise; a usage error is one line and exit 2.
 */
class ProxyJarIT {

    private static final String SWR = "/v2/manage/shared-repositories?center=self";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private HttpServer upstream;
    private Process proxy;
    private Thread stderrReader;
    private final List<String> stderr = new CopyOnWriteArrayList<>();

    /** The SWR doc example, or for {@code namespace=drift} the same with a wrong type. */
    @BeforeEach
    void startUpstream() throws IOException {
        String example = DocExamples.bodies().stream()
                .filter(b -> b.operationId().equals("listSharedRepositories") && b.status() == 200)
                .findFirst()
                .orElseThrow()
                .json()
                .toString();
        String drifting = example.replace("\"num_images\":1", "\"num_images\":\"one\"");
        assertThat(drifting).isNotEqualTo(example);
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", exchange -> {
            byte[] body = (exchange.getRequestURI().getQuery().contains("namespace=drift") ? drifting : example)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Content-Range", "0-1/1");
            exchange.getResponseHeaders().add("X-Request-Id", "abc");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        upstream.start();
    }

    @AfterEach
    void stop() {
        if (proxy != null) {
            proxy.destroyForcibly();
        }
        upstream.stop(0);
    }

    /** Starts the jar and returns the base URI it prints once it listens. */
    private URI startProxy(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("conformance.jar"),
                "proxy"));
        command.addAll(List.of(args));
        proxy = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .start();
        CompletableFuture<URI> listening = new CompletableFuture<>();
        stderrReader = new Thread(() -> {
            try (BufferedReader err =
                    new BufferedReader(new InputStreamReader(proxy.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    stderr.add(line);
                    if (line.startsWith("conformance proxy listening on ")) {
                        listening.complete(URI.create(line.split(" ")[4]));
                    }
                }
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
            listening.completeExceptionally(new AssertionError("the proxy stopped: " + stderr));
        });
        stderrReader.setDaemon(true);
        stderrReader.start();
        return listening.get(60, TimeUnit.SECONDS);
    }

    private static int get(URI proxyUri, String target) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(proxyUri + target))
                                .header("X-Auth-Token", "t")
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }

    private int terminate() throws InterruptedException {
        // SIGTERM through the handle: Process.destroy() would also close the pipes the last lines come through.
        proxy.toHandle().destroy();
        assertThat(proxy.waitFor(30, TimeUnit.SECONDS)).isTrue();
        stderrReader.join(10_000); // the last lines may still be in the pipe
        return proxy.exitValue();
    }

    @Test
    void conformingTrafficExitsZeroWithTheReportWritten() throws Exception {
        Path report = dir.resolve("report.json");
        URI uri = startProxy(
                "--api",
                "swr",
                "--upstream",
                "http://127.0.0.1:" + upstream.getAddress().getPort(),
                "--port",
                "0",
                "--strict",
                "--output",
                report.toString());

        for (int i = 0; i < 3; i++) {
            assertThat(get(uri, SWR)).isEqualTo(200);
        }
        int status = terminate();

        assertThat(status).as(String.join("\n", stderr)).isZero();
        JsonNode json = JSON.readTree(report.toFile());
        assertThat(json.path("valid").asBoolean()).isTrue();
        assertThat(json.path("exchanges").asLong()).isEqualTo(3);
        assertThat(json.path("results").get(0).path("input").asText()).isEqualTo("swr listSharedRepositories");
        assertThat(stderr).last().asString().isEqualTo("conformance proxy: 3 exchanges, 0 with violations");
        assertThat(String.join("\n", stderr)).doesNotContain("SLF4J", "Exception");
    }

    @Test
    void driftExitsOneWithAJunitReportAndALogLine() throws Exception {
        Path report = dir.resolve("report.xml");
        URI uri = startProxy(
                "--all",
                "--upstream",
                "http://127.0.0.1:" + upstream.getAddress().getPort(),
                "--port",
                "0",
                "--output",
                report.toString(),
                "--format",
                "junit");

        assertThat(get(uri, SWR)).isEqualTo(200);
        assertThat(get(uri, SWR + "&namespace=drift")).isEqualTo(200);
        int status = terminate();

        assertThat(status).isEqualTo(1);
        String xml = Files.readString(report);
        assertThat(xml)
                .contains(
                        "<testsuite name=\"conformance proxy\" tests=\"1\" failures=\"1\"",
                        "testcase classname=\"conformance proxy\" name=\"swr listSharedRepositories (2 exchanges)\"",
                        "error type at /0/num_images: expected integer, actual &quot;one&quot;");
        assertThat(stderr)
                .anySatisfy(line -> assertThat(line)
                        .isEqualTo("swr listSharedRepositories GET "
                                + "/v2/manage/shared-repositories -> 200: 1 violation: type at /0/num_images"));
    }

    @Test
    void usageErrorIsOneLineWithExitTwo() throws Exception {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("conformance.jar"),
                "proxy",
                "--api",
                "swr",
                "--port",
                "0",
                "--upstream",
                "ftp://nowhere",
                "--access-key",
                "AK:SECRET");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(out.lines())
                .singleElement()
                .asString()
                .contains("invalid --upstream")
                .doesNotContain("SECRET");
    }
}

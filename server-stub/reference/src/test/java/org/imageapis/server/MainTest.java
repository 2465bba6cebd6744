package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run as a separate JVM the way {@code java -jar reference-server.jar} runs. */
class MainTest {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/) ");

    @TempDir
    Path dir;

    @Test
    void startsPrintsTheBaseUrlServesAndStopsCleanlyOnSigterm() throws Exception {
        Path stderr = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command("--port", "0", "--generate", "3", "--token", "secret-token"))
                .redirectError(stderr.toFile())
                .start();
        try {
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            Matcher matcher = LISTENING.matcher(String.valueOf(line));
            assertThat(matcher.find()).as(line).isTrue();
            URI base = URI.create(matcher.group(1));
            assertThat(base.getHost()).isEqualTo("127.0.0.1");

            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(base.resolve("v1/p/image-servers?server_name=synthetic"))
                                    .header("X-Auth-Token", "secret-token")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"count\":3");
        } finally {
            process.destroy(); // SIGTERM
        }
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isIn(0, 143);
        assertThat(Files.readString(stderr))
                .as("the libraries' start-up chatter")
                .doesNotContain("INFO");
    }

    @Test
    void aBadDatasetIsOneLineAndExitStatus2() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"swr\": [{\"center\": \"elsewhere\"}]}");

        Result result = run("--data", file.toString());

        assertThat(result.exitStatus()).isEqualTo(2);
        assertThat(result.stderr()).hasSize(1);
        assertThat(result.stderr().get(0)).startsWith("reference-server: bad dataset " + file + ": /swr/0/center:");
    }

    @Test
    void aBadOptionIsOneLineAndExitStatus2() throws Exception {
        Result result = run("--port", "http");

        assertThat(result.exitStatus()).isEqualTo(2);
        assertThat(result.stderr())
                .containsExactly("reference-server: --port needs an integer from 0 to 65535, not 'http'");
    }

    private record Result(int exitStatus, List<String> stderr) {}

    private Result run(String... args) throws IOException, InterruptedException {
        Process process = launch(args);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), stderr.lines().toList());
    }

    private static Process launch(String... args) throws IOException {
        return new ProcessBuilder(command(args)).start();
    }

    private static List<String> command(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}

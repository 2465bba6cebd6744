package org.imageapis.specs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that the lint can fail the build: each {@code lint-fixtures/<rule>.yaml} is a complete document that
 * breaks the project rule it is named after, and {@code valid.yaml} breaks none. Runs Spectral as the build does.
 */
class LintRulesTest {

    private static final Path SPECS = Path.of(System.getProperty("specs.dir", "."));
    private static final Path FIXTURES = resource("/lint-fixtures");
    private static final String VALID = "valid";
    /** npx as the build runs it; on Windows it is a batch file, which ProcessBuilder finds only by its full name. */
    private static final String NPX = System.getProperty("os.name").startsWith("Windows") ? "npx.cmd" : "npx";

    @TempDir
    Path output;

    static List<String> rules() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(file -> file.getFileName().toString().replaceFirst("\\.yaml$", ""))
                    .filter(name -> !name.equals(VALID))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void fixtureBreaksTheRuleItIsNamedAfter(String rule) throws Exception {
        Lint lint = lint(rule);

        assertThat(lint.exitCode()).as("Spectral's exit code").isNotZero();
        assertThat(lint.rules()).as("rules Spectral reported").contains(rule);
    }

    @Test
    void validFixtureBreaksNoRule() throws Exception {
        Lint lint = lint(VALID);

        assertThat(lint.results()).as("Spectral's results").isEmpty();
        assertThat(lint.exitCode()).as("Spectral's exit code").isZero();
    }

    private record Lint(int exitCode, JsonNode results) {

        List<String> rules() {
            return StreamSupport.stream(results.spliterator(), false)
                    .map(result -> result.path("code").asText())
                    .toList();
        }
    }

    private Lint lint(String fixture) throws IOException, InterruptedException {
        Path json = output.resolve(fixture + ".json");
        Process spectral = new ProcessBuilder(
                        NPX,
                        "--no",
                        "spectral",
                        "lint",
                        "--ruleset",
                        SPECS.resolve(".spectral.yaml").toString(),
                        "--fail-severity=warn",
                        "--quiet",
                        "-f",
                        "json",
                        FIXTURES.resolve(fixture + ".yaml").toString())
                .directory(SPECS.toFile())
                .redirectOutput(json.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (!spectral.waitFor(2, TimeUnit.MINUTES)) {
            spectral.destroyForcibly();
            throw new AssertionError("Spectral did not finish linting " + fixture + ".yaml within 2 minutes");
        }
        return new Lint(spectral.exitValue(), new ObjectMapper().readTree(json.toFile()));
    }

    private static Path resource(String name) {
        try {
            return Path.of(LintRulesTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

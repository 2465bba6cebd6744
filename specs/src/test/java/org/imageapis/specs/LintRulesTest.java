package org.imageapis.specs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.imageapis.specs.bundle.Oas31Converter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that the lint can fail the build: each {@code lint-fixtures/<rule>.yaml} is a complete document that
 * breaks the project rule it is named after, and {@code valid.yaml} breaks none. Runs Spectral as the build does.
 * The same holds for the OpenAPI 3.1 form of each fixture, which the build derives as it derives the 3.1 bundles:
 * Spectral applies a rule only to the document formats it names, and none of ours may be skipped for 3.1.
 */
class LintRulesTest {

    private static final Path SPECS = Path.of(System.getProperty("specs.dir", "."));
    private static final Path FIXTURES = resource("/lint-fixtures");
    private static final String VALID = "valid";
    /** npx as the build runs it; on Windows it is a batch file, which ProcessBuilder finds only by its full name. */
    private static final YAMLMapper YAML = new YAMLMapper();

    private static final String NPX = System.getProperty("os.name").startsWith("Windows") ? "npx.cmd" : "npx";

    @TempDir
    Path output;

    static List<String> rules() throws IOException {
        return fixtures().stream().filter(name -> !name.equals(VALID)).toList();
    }

    /** The fixtures' names without {@code .yaml}, {@code valid} among them. */
    private static List<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(file -> file.getFileName().toString().replaceFirst("\\.yaml$", ""))
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

    /** One Spectral run over every fixture in its OpenAPI 3.1 form, to keep the build's time down. */
    @Test
    void everyRuleFiresOnTheOpenApi31FormOfItsFixtureAndValidStaysClean() throws Exception {
        Path oas31 = Files.createDirectories(output.resolve("3.1"));
        List<Path> files = new ArrayList<>();
        for (String fixture : fixtures()) {
            JsonNode converted = Oas31Converter.convert(
                    YAML.readTree(FIXTURES.resolve(fixture + ".yaml").toFile()));
            assertThat(converted.get("openapi").asText()).isEqualTo("3.1.0");
            Path file = oas31.resolve(fixture + ".yaml");
            YAML.writeValue(file.toFile(), converted);
            files.add(file);
        }

        Lint lint = lint("oas31", files);

        Map<String, List<String>> rulesByFixture = lint.rulesByFile();
        for (String rule : rules()) {
            assertThat(rulesByFixture.get(rule))
                    .as("rules Spectral reported in 3.1 " + rule + ".yaml")
                    .contains(rule);
        }
        assertThat(rulesByFixture).as("3.1 valid.yaml breaks no rule").doesNotContainKey(VALID);
        assertThat(lint.exitCode()).as("Spectral's exit code").isNotZero();
    }

    private record Lint(int exitCode, JsonNode results) {

        List<String> rules() {
            return StreamSupport.stream(results.spliterator(), false)
                    .map(result -> result.path("code").asText())
                    .toList();
        }

        /** The rules reported for each file, by the file's name without {@code .yaml}. */
        Map<String, List<String>> rulesByFile() {
            return StreamSupport.stream(results.spliterator(), false)
                    .collect(Collectors.groupingBy(
                            result -> Path.of(result.path("source").asText())
                                    .getFileName()
                                    .toString()
                                    .replaceFirst("\\.yaml$", ""),
                            Collectors.mapping(result -> result.path("code").asText(), Collectors.toList())));
        }
    }

    private Lint lint(String fixture) throws IOException, InterruptedException {
        return lint(fixture, List.of(FIXTURES.resolve(fixture + ".yaml")));
    }

    private Lint lint(String name, List<Path> files) throws IOException, InterruptedException {
        Path json = output.resolve(name + ".json");
        List<String> command = new ArrayList<>(List.of(
                NPX,
                "--no",
                "spectral",
                "lint",
                "--ruleset",
                SPECS.resolve(".spectral.yaml").toString(),
                "--fail-severity=warn",
                "--quiet",
                "-f",
                "json"));
        files.forEach(file -> command.add(file.toString()));
        Process spectral = new ProcessBuilder(command)
                .directory(SPECS.toFile())
                .redirectOutput(json.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (!spectral.waitFor(2, TimeUnit.MINUTES)) {
            spectral.destroyForcibly();
            throw new AssertionError("Spectral did not finish linting " + name + " within 2 minutes");
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

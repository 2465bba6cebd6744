package org.imageapis.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.imageapis.conformance.Fixture;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ConformanceCliTest {

    private static final String SWR_EXAMPLE = "[{\"name\": \"busybox\", \"category\": \"other\", \"size\": 1}]";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private CliRun validateSwr(String... files) {
        List<String> args = new ArrayList<>(
                List.of("validate", "--api", "swr", "--operation", "listSharedRepositories", "--status", "200"));
        args.addAll(List.of(files));
        return run(args.toArray(String[]::new));
    }

    @Test
    void validBodyExitsZero() throws IOException {
        CliRun run = validateSwr(write("ok.json", SWR_EXAMPLE).toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("ok.json: valid").contains("1 checked, 1 valid, 0 invalid, 0 unreadable");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void violationsExitOneWithOneLineEach() throws IOException {
        CliRun run = validateSwr(write("bad.json", "[{\"size\": \"big\", \"category\": \"games\"}]")
                .toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.contains("bad.json: error")).toList())
                .containsExactlyInAnyOrder(
                        dir.resolve("bad.json") + ": error type at /0/size: expected integer, actual \"big\"",
                        dir.resolve("bad.json")
                                + ": error enum at /0/category: expected one of [\"app_server\",\"linux\","
                                + "\"framework_app\",\"database\",\"lang\",\"arm\",\"other\"], actual \"games\"");
    }

    @Test
    void undeclaredFieldsWarnAndFailOnlyWithStrict() throws IOException {
        String drifted =
                write("drift.json", "[{\"name\": \"a\", \"new_field\": 1}]").toString();
        CliRun lenient = validateSwr(drifted);
        CliRun strict = run(
                "validate",
                "--api",
                "swr",
                "--operation",
                "listSharedRepositories",
                "--status",
                "200",
                "--strict",
                drifted);

        assertThat(lenient.status()).isZero();
        assertThat(lenient.out()).contains("warning unknown-field at /0/new_field");
        assertThat(strict.status()).isEqualTo(1);
        assertThat(strict.out()).contains("error unknown-field at /0/new_field");
    }

    @Test
    void directoryStandsForItsJsonFiles() throws IOException {
        Path bodies = Files.createDirectory(dir.resolve("bodies"));
        Files.writeString(bodies.resolve("a.json"), SWR_EXAMPLE);
        Files.writeString(bodies.resolve("b.json"), "{}");
        Files.writeString(bodies.resolve("notes.txt"), "not a body");

        CliRun run = validateSwr(bodies.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .contains("a.json: valid")
                .contains("b.json: error type at (root)")
                .doesNotContain("notes.txt")
                .contains("2 checked");
    }

    @Test
    void missingFileIsUnreadableAndExitsTwo() throws IOException {
        CliRun run = validateSwr(
                write("ok.json", SWR_EXAMPLE).toString(),
                dir.resolve("missing.json").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).contains("ok.json: valid").contains("missing.json: unreadable: no such file");
    }

    @Test
    void invalidJsonIsUnreadableWithItsPosition() throws IOException {
        CliRun run = validateSwr(write("broken.json", "[{\"name\": \"a\",,}]").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).containsPattern("broken\\.json: unreadable: not valid JSON: .*\\(line 1, column \\d+\\)");
        assertThat(run.out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void fileLargerThanTheMaximumIsRefusedUnread() throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }

        CliRun run = validateSwr(big.toString());
        CliRun raised = run(
                "validate",
                "--api",
                "swr",
                "--operation",
                "listSharedRepositories",
                "--status",
                "200",
                "--max-size",
                "1KB",
                write("small.json", SWR_EXAMPLE).toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out())
                .contains("big.json: unreadable: 52428800 bytes exceeds the maximum body size of "
                        + "16777216 bytes (raise it with --max-size)");
        assertThat(raised.status()).isZero();
    }

    @Test
    void unknownApiOperationAndInvalidStatusAreUsageErrorsListingTheKnownValues() throws IOException {
        String body = write("ok.json", SWR_EXAMPLE).toString();

        CliRun api = run("validate", "--api", "ecs", "--operation", "x", "--status", "200", body);
        CliRun operation = run("validate", "--api", "swr", "--operation", "listRepos", "--status", "200", body);
        CliRun status =
                run("validate", "--api", "swr", "--operation", "listSharedRepositories", "--status", "42", body);
        CliRun notNumber =
                run("validate", "--api", "swr", "--operation", "listSharedRepositories", "--status", "ok", body);

        assertThat(List.of(api, operation, status, notNumber)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err().lines().toList()).hasSize(1);
            assertThat(r.err()).startsWith("conformance: ").doesNotContain("\tat ");
        });
        assertThat(api.err()).contains("unknown API 'ecs'; known APIs: hss, modelarts, swr, workspace");
        assertThat(operation.err())
                .contains("unknown operation 'listRepos' in swr; known operations: " + "listSharedRepositories");
        assertThat(status.err()).contains("invalid --status 42");
        assertThat(notNumber.err()).contains("'ok'");
    }

    @Test
    void undocumentedStatusIsAViolationListingTheDocumentedOnes() throws IOException {
        CliRun run = run(
                "validate",
                "--spec",
                Fixture.specFile().toString(),
                "--operation",
                "getItem",
                "--status",
                "500",
                write("item.json", "{}").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .contains("error unknown-status at (root): expected a status getItem documents: "
                        + "200, 204, 4XX, actual 500");
    }

    /** A user's OpenAPI 3.1 spec: the same checks, output and exit status as the same spec in 3.0. */
    @Test
    void openApi31SpecFileIsCheckedAsIts30FormIs() throws IOException {
        String valid = write("valid.json", "{\"id\": 1, \"name\": \"one\", \"note\": null, \"ratio\": 0.5}")
                .toString();
        String invalid = write("invalid.json", "{\"id\": \"1\", \"note\": 5, \"state\": \"ajar\", \"ratio\": 0}")
                .toString();
        List<CliRun> runs = new ArrayList<>();
        for (Specs.OpenApiVersion version : Specs.OpenApiVersion.values()) {
            String spec = Fixture.specFile(version).toString();
            runs.add(run(
                    "validate",
                    "--spec",
                    spec,
                    "--operation",
                    "getItem",
                    "--status",
                    "200",
                    "-H",
                    "X-Rate-Limit: 1",
                    valid,
                    invalid));
            runs.add(run("validate-request", "--spec", spec, "GET /items/0?limit=x", "GET /items/1?limit=3"));
        }

        CliRun body30 = runs.get(0);
        CliRun request30 = runs.get(1);
        assertThat(body30.status()).isEqualTo(1);
        assertThat(body30.out())
                .contains("valid.json: valid")
                .contains("invalid.json: error type at /id: expected integer, actual \"1\"")
                .contains("invalid.json: error type at /note: expected string or null, actual 5")
                .contains("invalid.json: error range at /ratio: expected > 0, actual 0")
                .contains("invalid.json: error required at /name: expected property name, actual missing");
        assertThat(request30.status()).isEqualTo(1);
        assertThat(request30.out()).contains("error type at /query/limit: expected integer, actual \"x\"");
        assertThat(runs.get(2).status()).isEqualTo(body30.status());
        assertThat(runs.get(2).out().replace("openapi-3.1.yaml", "openapi.yaml"))
                .isEqualTo(body30.out());
        assertThat(runs.get(3).status()).isEqualTo(request30.status());
        assertThat(runs.get(3).out().replace("openapi-3.1.yaml", "openapi.yaml"))
                .isEqualTo(request30.out());
    }

    @Test
    void specAndUsageProblemsAreOneLine() {
        CliRun noSpec = run("validate", "--spec", "nope.yaml", "--operation", "x", "--status", "200", "a.json");
        CliRun both =
                run("validate", "--api", "swr", "--spec", "x.yaml", "--operation", "x", "--status", "200", "a.json");
        CliRun noCommand = run();
        CliRun badHeader = run("validate-request", "--api", "hss", "-H", "region", "GET /x");

        assertThat(List.of(noSpec, both, noCommand, badHeader)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err().lines().toList()).hasSize(1);
        });
        assertThat(noSpec.err()).contains("cannot read the spec nope.yaml");
        assertThat(badHeader.err()).contains("invalid header 'region'");
    }

    @Test
    void multiLineMessagesAreFoldedOntoOneLine() {
        assertThat(ConformanceCli.oneLine("first\n  second\r\nthird ")).isEqualTo("first second third");
    }

    @Test
    void jsonFormatGivesEachViolationAsFields() throws IOException {
        CliRun run = run(
                "validate",
                "--api",
                "swr",
                "--operation",
                "listSharedRepositories",
                "--status",
                "200",
                "--format",
                "json",
                write("bad.json", "[{\"is_public\": 1}]").toString());

        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(run.status()).isEqualTo(1);
        assertThat(report.get("valid").asBoolean()).isFalse();
        JsonNode violation = report.at("/results/0/violations/0");
        assertThat(violation.get("rule").asText()).isEqualTo("type");
        assertThat(violation.get("pointer").asText()).isEqualTo("/0/is_public");
        assertThat(violation.get("expected").asText()).isEqualTo("boolean");
        assertThat(violation.get("actual").asText()).isEqualTo("1");
    }

    @Test
    void junitFormatMakesEachFileATestCase() throws Exception {
        CliRun run = run(
                "validate",
                "--api",
                "swr",
                "--operation",
                "listSharedRepositories",
                "--status",
                "200",
                "--format",
                "junit",
                write("ok.json", SWR_EXAMPLE).toString(),
                write("bad.json", "[{\"size\": -0.5}]").toString(),
                dir.resolve("gone.json").toString());

        Document xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        Element suite = xml.getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(3);
        assertThat(xml.getElementsByTagName("failure").item(0).getTextContent())
                .isEqualTo("error type at /0/size: expected integer, actual -0.5");
        assertThat(xml.getElementsByTagName("error").item(0).getTextContent()).isEqualTo("no such file");
    }

    @Test
    void validateRequestChecksRequestLinesWithHeaders() {
        String line = "GET /v5/p1/image/111/basic-image?image_type=cicd&limit=200";

        CliRun withHeader = run("validate-request", "--api", "hss", "-H", "region: cn-north-4", line);
        CliRun without = run("validate-request", "--api", "hss", line);
        CliRun garbage = run("validate-request", "--api", "hss", "not-a-request");

        assertThat(withHeader.status()).isZero();
        assertThat(without.status()).isEqualTo(1);
        assertThat(without.out())
                .contains(line + ": error required at /header/region: expected a value, actual missing");
        assertThat(garbage.status()).isEqualTo(2);
        assertThat(garbage.out()).contains("not-a-request: unreadable: not a request line");
    }
}

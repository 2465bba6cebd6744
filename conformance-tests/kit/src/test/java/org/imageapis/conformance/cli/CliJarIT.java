package org.imageapis.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imageapis.conformance.diff.SpecPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded conformance.jar runs on its own, with the bundled specs inside, as the README documents. */
class CliJarIT {

    @TempDir
    Path dir;

    private record Result(int status, String out) {}

    private static Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("conformance.jar")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out);
    }

    @Test
    void validatesWithABundledSpecAndReportsViolations() throws Exception {
        Path ok = Files.writeString(dir.resolve("ok.json"), "{\"total_num\": 1, \"data_list\": []}");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"total_num\": -1}");

        Result valid = java(
                "validate", "--api", "hss", "--operation", "listImageBasicImages", "--status", "200", ok.toString());
        Result invalid = java(
                "validate", "--api", "hss", "--operation", "listImageBasicImages", "--status", "200", bad.toString());

        assertThat(valid.status()).as(valid.out()).isZero();
        assertThat(valid.out()).doesNotContain("SLF4J");
        assertThat(invalid.status()).isEqualTo(1);
        assertThat(invalid.out()).contains("error range at /total_num: expected >= 0, actual -1");
    }

    @Test
    void validatesAgainstAUsersOpenApi31Spec() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.yaml"), """
                openapi: 3.1.0
                info: {title: t, version: '1'}
                paths:
                  /things:
                    get:
                      operationId: listThings
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema:
                                type: array
                                items: {type: [integer, 'null'], exclusiveMinimum: 0}
                """);
        Path ok = Files.writeString(dir.resolve("ok.json"), "[1, null]");
        Path bad = Files.writeString(dir.resolve("bad.json"), "[0, \"x\"]");

        Result valid = java(
                "validate", "--spec", spec.toString(), "--operation", "listThings", "--status", "200", ok.toString());
        Result invalid = java(
                "validate", "--spec", spec.toString(), "--operation", "listThings", "--status", "200", bad.toString());

        assertThat(valid.status()).as(valid.out()).isZero();
        assertThat(invalid.status()).as(invalid.out()).isEqualTo(1);
        assertThat(invalid.out())
                .contains("error range at /0: expected > 0, actual 0")
                .contains("error type at /1: expected integer or null, actual \"x\"");
    }

    @Test
    void diffsTwoSpecsWithOpenApiDiffInsideTheJar() throws Exception {
        Path base = SpecPair.write(dir.resolve("base.yaml"), SpecPair.base());
        Path narrowed = SpecPair.write(
                dir.resolve("narrowed.yaml"),
                SpecPair.edited(spec -> SpecPair.object(spec, SpecPair.LIST_ITEMS + "/parameters/2/schema")
                        .set("enum", SpecPair.yaml("[asc]"))));

        Result same = java("diff", "--old", base.toString(), "--new", base.toString());
        Result breaking = java("diff", "--old", base.toString(), "--new", narrowed.toString());

        assertThat(same.status()).as(same.out()).isZero();
        assertThat(breaking.status()).as(breaking.out()).isEqualTo(1);
        assertThat(breaking.out())
                .contains("id: enum-values-removed GET /v1/{project_id}/items query:order")
                .doesNotContain("SLF4J");
    }

    @Test
    void usageErrorIsOneLineWithExitTwo() throws Exception {
        Result result = java("validate", "--api", "nope", "--operation", "x", "--status", "200", "x.json");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out().lines()).hasSize(1);
    }
}

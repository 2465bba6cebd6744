package org.imageapis.conformance.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imageapis.conformance.diff.SpecPair.LIST_ITEMS;
import static org.imageapis.conformance.diff.SpecPair.SCHEMAS;
import static org.imageapis.conformance.diff.SpecPair.array;
import static org.imageapis.conformance.diff.SpecPair.object;
import static org.imageapis.conformance.diff.SpecPair.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The build's gate: breaking changes fail unless acknowledged, stale acknowledgements fail, bad input is status 2. */
class SpecGateTest {

    private static final String REMOVED_TOTAL = "property-removed GET /v1/{project_id}/items response:200:body.total";

    @TempDir
    Path dir;

    private Path released;
    private Path acknowledgements;

    private record Run(int status, String out) {}

    @BeforeEach
    void releaseTheFixture() throws IOException {
        released = dir.resolve("released");
        Files.createDirectories(released.resolve("0.1.0"));
        SpecPair.write(released.resolve("0.1.0/fixture.yaml"), SpecPair.base());
        acknowledgements = Files.writeString(released.resolve("breaking-changes.yaml"), "acknowledged: []\n");
    }

    @Test
    void unchangedBundlesPass() {
        Run run = gate(Map.of("fixture", bundle("fixture", SpecPair.base())));

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).contains("fixture: 0 change(s)").contains("spec gate: no unacknowledged breaking change");
    }

    @Test
    void aChangeThatBreaksOnlyServersPasses() {
        Run run = gate(Map.of("fixture", bundle("fixture", withOptionalParameter())));

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).contains("fixture: 1 change(s): 0 breaking for clients, 1 breaking for servers");
    }

    @Test
    void anUnacknowledgedBreakingChangeFailsNamingItAndHowToAcknowledgeIt() {
        Run run = gate(Map.of("fixture", bundle("fixture", withoutTotal())));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().lines())
                .contains("BREAKING fixture: " + REMOVED_TOTAL + " (property 'total' removed)")
                .contains("spec gate: failed: 1 unacknowledged breaking change(s), 0 stale acknowledgement(s).")
                .anySatisfy(line -> assertThat(line)
                        .startsWith("spec gate: undo a breaking change, or acknowledge it in ")
                        .contains(acknowledgements.toString())
                        .contains("reason")
                        .contains("minor version"));
    }

    @Test
    void anAcknowledgedBreakingChangePasses() throws IOException {
        acknowledge("fixture", REMOVED_TOTAL);

        Run run = gate(Map.of("fixture", bundle("fixture", withoutTotal())));

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).contains("clients breaking, servers compatible, acknowledged: " + REMOVED_TOTAL);
    }

    @Test
    void anAcknowledgementThatMatchesNoBreakingChangeFails() throws IOException {
        acknowledge("fixture", REMOVED_TOTAL);

        Run run = gate(Map.of("fixture", bundle("fixture", SpecPair.base())));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .contains("STALE fixture: " + REMOVED_TOTAL + " (acknowledged, but no such breaking change");
    }

    @Test
    void anAcknowledgementCountsForItsOwnApiOnly() throws IOException {
        acknowledge("other", REMOVED_TOTAL);

        Run run = gate(Map.of("fixture", bundle("fixture", withoutTotal())));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("BREAKING fixture: " + REMOVED_TOTAL).contains("STALE other: " + REMOVED_TOTAL);
    }

    /** No reason: the key missing, given with no value (YAML's null, once read as the text "null"), or blank. */
    @ParameterizedTest
    @ValueSource(strings = {"", ", reason: ", ", reason: null", ", reason: ~", ", reason: '  '"})
    void anAcknowledgementWithoutAReasonIsBadInput(String reason) throws IOException {
        Files.writeString(
                acknowledgements,
                "acknowledged:\n  - {api: fixture, change: \"" + REMOVED_TOTAL + "\"" + reason + "}\n");

        Run run = gate(Map.of("fixture", bundle("fixture", withoutTotal())));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out().lines())
                .singleElement()
                .asString()
                .contains("acknowledged entry 1 needs an api, a change")
                .contains("and a reason");
    }

    @Test
    void theNewestVersionIsTheBaselineComparedNumberByNumber() throws IOException {
        // 0.9.0 sorts after 0.10.0 as text; against 0.9.0 the bundle would break.
        Files.createDirectories(released.resolve("0.10.0"));
        SpecPair.write(released.resolve("0.10.0/fixture.yaml"), withoutTotal());
        Files.createDirectories(released.resolve("0.9.0"));
        SpecPair.write(released.resolve("0.9.0/fixture.yaml"), SpecPair.base());

        Run run = gate(Map.of("fixture", bundle("fixture", withoutTotal())));

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).contains("against " + released.resolve("0.10.0"));
    }

    @Test
    void aReleasedApiWithoutABundleBreaksAndANewApiDoesNot() throws IOException {
        SpecPair.write(released.resolve("0.1.0/gone.yaml"), SpecPair.base());
        Map<String, URL> bundles = new LinkedHashMap<>();
        bundles.put("fixture", bundle("fixture", SpecPair.base()));
        bundles.put("fresh", bundle("fresh", SpecPair.base()));

        Run run = gate(bundles);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("BREAKING gone: api-removed").doesNotContain("BREAKING fresh");
        assertThat(run.out()).contains("fresh: 1 change(s): 0 breaking for clients, 1 breaking for servers");
    }

    @Test
    void noBaselineIsBadInput() throws IOException {
        Run missing = gate(dir.resolve("nowhere"), Map.of());
        Files.createDirectories(dir.resolve("empty"));
        Run empty = gate(dir.resolve("empty"), Map.of());

        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.out().lines()).singleElement().asString().contains("is not a directory");
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.out().lines()).singleElement().asString().contains("expected a folder such as 0.1.0/");
    }

    private static ObjectNode withoutTotal() {
        return SpecPair.edited(spec -> {
            object(spec, SCHEMAS + "/ItemList/properties").remove("total");
            array(spec, SCHEMAS + "/ItemList/required").remove(1);
        });
    }

    private static ObjectNode withOptionalParameter() {
        return SpecPair.edited(spec ->
                array(spec, LIST_ITEMS + "/parameters").add(yaml("{name: region, in: query, schema: {type: string}}")));
    }

    private void acknowledge(String api, String change) throws IOException {
        Files.writeString(
                acknowledgements,
                "acknowledged:\n  - api: " + api + "\n    change: \"" + change + "\"\n    reason: the test says so\n");
    }

    private URL bundle(String api, JsonNode spec) {
        try {
            Files.createDirectories(dir.resolve("bundles"));
            return SpecPair.write(dir.resolve("bundles/" + api + ".yaml"), spec)
                    .toUri()
                    .toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Run gate(Map<String, URL> bundles) {
        return gate(released, bundles);
    }

    private Run gate(Path releasedDir, Map<String, URL> bundles) {
        StringWriter out = new StringWriter();
        int status = SpecGate.run(releasedDir, acknowledgements, bundles, new PrintWriter(out));
        return new Run(status, out.toString());
    }
}

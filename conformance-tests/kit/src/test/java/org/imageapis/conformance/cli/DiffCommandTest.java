package org.imageapis.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imageapis.conformance.diff.SpecPair.LIST_ITEMS;
import static org.imageapis.conformance.diff.SpecPair.SCHEMAS;
import static org.imageapis.conformance.diff.SpecPair.array;
import static org.imageapis.conformance.diff.SpecPair.object;
import static org.imageapis.conformance.diff.SpecPair.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.imageapis.conformance.diff.SpecPair;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code conformance diff}: each format, the exit status for each outcome, and bad input in one line. */
class DiffCommandTest {

    private static final String REMOVED_FIELD_ID =
            "property-removed GET /v1/{project_id}/items response:200:body.total";

    @TempDir
    Path dir;

    private Path base;
    private Path removedField;
    private Path optionalParameter;

    @BeforeEach
    void writePairs() {
        base = SpecPair.write(dir.resolve("base.yaml"), SpecPair.base());
        removedField = SpecPair.write(dir.resolve("removed-field.yaml"), SpecPair.edited(DiffCommandTest::removeTotal));
        optionalParameter = SpecPair.write(
                dir.resolve("optional-parameter.yaml"),
                SpecPair.edited(spec -> array(spec, LIST_ITEMS + "/parameters")
                        .add(yaml("{name: region, in: query, schema: {type: string}}"))));
    }

    @Test
    void sameSpecIsExitZero() {
        CliRun run = diff(base, base, "text");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("0 change(s): 0 breaking for clients, 0 breaking for servers");
    }

    @Test
    void textNamesEachChangeWithItsImpactAndIdAndExitsOneOnBreaking() {
        CliRun run = diff(base, removedField, "text");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .contains("clients: breaking   servers: compatible GET /v1/{project_id}/items"
                        + " response:200:body.total: property 'total' removed")
                .contains("id: " + REMOVED_FIELD_ID);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void failOnChoosesTheSideThatFails() {
        assertThat(diff(base, optionalParameter, "text").status()).isZero();
        assertThat(run("diff", "--old", base, "--new", optionalParameter, "--fail-on", "servers")
                        .status())
                .isEqualTo(1);
        assertThat(run("diff", "--old", base, "--new", removedField, "--fail-on", "servers")
                        .status())
                .isZero();
        assertThat(run("diff", "--old", base, "--new", removedField, "--fail-on", "both")
                        .status())
                .isEqualTo(1);
    }

    @Test
    void markdownIsAHeadingAndATable() {
        CliRun run = diff(base, removedField, "markdown");

        assertThat(run.status()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("### Breaking changes: `");
        assertThat(lines).contains("| Clients | Servers | Operation | Change | Id |");
        assertThat(lines)
                .contains("| **breaking** | compatible | GET /v1/{project_id}/items | `response:200:body.total`:"
                        + " property 'total' removed | `" + REMOVED_FIELD_ID + "` |");
        assertThat(diff(base, optionalParameter, "markdown").out()).startsWith("### No breaking changes");
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        CliRun run = diff(base, removedField, "json");

        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("old").asText()).isEqualTo(base.toString());
        assertThat(root.get("new").asText()).isEqualTo(removedField.toString());
        assertThat(root.get("summary").get("changes").asInt()).isEqualTo(1);
        assertThat(root.get("summary").get("breaking_for_clients").asInt()).isEqualTo(1);
        assertThat(root.get("summary").get("breaking_for_servers").asInt()).isZero();
        JsonNode change = root.get("changes").get(0);
        assertThat(change.fieldNames())
                .toIterable()
                .containsExactly("id", "rule", "operation", "location", "description", "clients", "servers");
        assertThat(change.get("id").asText()).isEqualTo(REMOVED_FIELD_ID);
        assertThat(change.get("rule").asText()).isEqualTo("property-removed");
        assertThat(change.get("operation").asText()).isEqualTo("GET /v1/{project_id}/items");
        assertThat(change.get("location").asText()).isEqualTo("response:200:body.total");
        assertThat(change.get("clients").asText()).isEqualTo("breaking");
        assertThat(change.get("servers").asText()).isEqualTo("compatible");
    }

    @Test
    void junitHasATestCasePerChangeAndAFailurePerBreakingOne() throws Exception {
        Path both = SpecPair.write(dir.resolve("both.yaml"), SpecPair.edited(spec -> {
            removeTotal(spec);
            array(spec, LIST_ITEMS + "/parameters").add(yaml("{name: region, in: query, schema: {type: string}}"));
        }));
        CliRun run = diff(base, both, "junit");

        assertThat(run.status()).isEqualTo(1);
        Document xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        Element suite = xml.getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(2);
        Element removed = testCase(cases, REMOVED_FIELD_ID);
        assertThat(removed.getAttribute("classname")).isEqualTo("GET /v1/{project_id}/items");
        assertThat(removed.getElementsByTagName("failure").getLength()).isEqualTo(1);
        Element added = testCase(cases, "parameter-added GET /v1/{project_id}/items query:region");
        assertThat(added.getElementsByTagName("failure").getLength()).isZero();
        assertThat(added.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("clients: compatible, servers: breaking");
    }

    @Test
    void missingFileIsOneLineAndExitTwo() {
        CliRun run = diff(dir.resolve("nope.yaml"), base, "text");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines())
                .containsExactly("conformance: cannot read the spec " + dir.resolve("nope.yaml") + ": no such file");
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"paths: [", "{\"openapi\": \"3.0.3\"}", "just text", "# A README\n\nSome prose."})
    void unparseableSpecIsOneLineAndExitTwo(String text) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), text);

        CliRun run = diff(base, bad, "text");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines())
                .singleElement()
                .asString()
                .startsWith("conformance: cannot parse the spec " + bad + ": not an OpenAPI 3 document");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aSpecWithAReferenceToNothingIsOneLineAndExitTwo() {
        Path dangling = SpecPair.write(
                dir.resolve("dangling.yaml"),
                SpecPair.edited(spec -> object(spec, SCHEMAS + "/ItemList/properties/items")
                        .set("items", yaml("{$ref: '#/components/schemas/Nothing'}"))));

        CliRun run = diff(base, dangling, "text");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines())
                .singleElement()
                .asString()
                .startsWith("conformance: cannot compare " + base + " with " + dangling + ": ")
                .contains("#/components/schemas/Nothing");
    }

    @Test
    void anOpenApi31SpecIsRefusedInOneLine() {
        Path v31 = SpecPair.write(dir.resolve("v31.yaml"), SpecPair.edited(spec -> spec.put("openapi", "3.1.0")));

        CliRun run = diff(base, v31, "text");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines())
                .containsExactly("conformance: cannot compare " + v31
                        + ": it is OpenAPI 3.1.0, and diff compares OpenAPI 3.0 documents only (compare their 3.0"
                        + " variants)");
    }

    @Test
    void missingOptionOrUnknownFormatIsAUsageError() {
        CliRun missing = run("diff", "--old", base);
        CliRun format = run("diff", "--old", base, "--new", base, "--format", "html");

        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().lines()).singleElement().asString().contains("--new");
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err().lines()).singleElement().asString().contains("html");
    }

    /** Removes a response field that only listItems answers with. */
    private static void removeTotal(ObjectNode spec) {
        object(spec, SCHEMAS + "/ItemList/properties").remove("total");
        array(spec, SCHEMAS + "/ItemList/required").remove(1);
    }

    private static Element testCase(NodeList cases, String name) {
        for (int i = 0; i < cases.getLength(); i++) {
            Element element = (Element) cases.item(i);
            if (element.getAttribute("name").equals(name)) {
                return element;
            }
        }
        throw new AssertionError("no testcase " + name);
    }

    private static CliRun diff(Path oldSpec, Path newSpec, String format) {
        return run("diff", "--old", oldSpec, "--new", newSpec, "--format", format);
    }

    private static CliRun run(Object... args) {
        return CliRun.of(Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
    }
}

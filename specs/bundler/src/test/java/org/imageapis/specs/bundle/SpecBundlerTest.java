package org.imageapis.specs.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecBundlerTest {

    private static final Path HOISTING = fixture("hoisting");
    private static final Path EDGE_CASES = fixture("edge-cases");

    @Test
    void hoistsEveryReachableComponentUnderItsOwnName() {
        JsonNode components = bundle(HOISTING, "pets").get("components");

        assertThat(names(components))
                .containsExactly("securitySchemes", "schemas", "responses", "parameters", "headers");
        assertThat(names(components.get("schemas")))
                .containsExactly("PetEnvelope", "ErrorResponse", "Owner", "Pet", "Tag");
        assertThat(names(components.get("responses"))).containsExactly("NotFound");
        assertThat(names(components.get("parameters"))).containsExactly("PetId");
        assertThat(names(components.get("headers"))).containsExactly("XRequestId");
    }

    @Test
    void pointsEveryReferenceIntoTheBundle() {
        JsonNode bundle = bundle(HOISTING, "pets");
        JsonNode pet = bundle.at("/components/schemas/Pet/properties");

        assertThat(bundle.at("/paths/~1pets~1{pet_id}/get/parameters/0/$ref").asText())
                .isEqualTo("#/components/parameters/PetId");
        assertThat(bundle.at("/components/responses/NotFound/headers/X-Request-Id/$ref")
                        .asText())
                .isEqualTo("#/components/headers/XRequestId");
        assertThat(pet.at("/owner/$ref").asText()).isEqualTo("#/components/schemas/Owner");
        assertThat(pet.at("/tags/items/$ref").asText()).isEqualTo("#/components/schemas/Tag");
        assertThat(pet.at("/example/allOf/0/$ref").asText()).isEqualTo("#/components/schemas/Owner");
        assertThat(refs(bundle)).allMatch(ref -> ref.startsWith("#/"));
    }

    @Test
    void replacesAComponentThatOnlyReferencesItsSharedNamesakeWithTheSharedContent() {
        JsonNode token = bundle(HOISTING, "pets").at("/components/securitySchemes/token");

        assertThat(token.has("$ref")).isFalse();
        assertThat(token.get("type").asText()).isEqualTo("apiKey");
        assertThat(token.get("name").asText()).isEqualTo("X-Auth-Token");
    }

    @Test
    void inlinesWholeFileReferences() {
        JsonNode photo = bundle(HOISTING, "pets").at("/components/schemas/Pet/properties/photo");

        assertThat(photo.get("format").asText()).isEqualTo("uri");
    }

    @Test
    void inlinesExternalExampleValuesRelativeToTheFileThatNamesThem() {
        JsonNode bundle = bundle(HOISTING, "pets");
        JsonNode rex = bundle.at("/paths/~1pets~1{pet_id}/get/responses/200/content/application~1json/examples/rex");
        JsonNode notFound = bundle.at("/components/responses/NotFound/content/application~1json/examples/notFound");

        assertThat(names(rex)).containsExactly("summary", "value");
        assertThat(names(rex.get("value"))).containsExactly("pet", "born");
        assertThat(rex.at("/value/pet/owner/name").asText()).isEqualTo("Ann");
        assertThat(notFound.at("/value/error_code").asText()).isEqualTo("PETS.0404");
    }

    @Test
    void writesTheExpectedTextAndTheSameTextEveryTime() throws IOException {
        String expected = Files.readString(HOISTING.resolve("expected-pets.yaml"));

        assertThat(SpecBundler.bundle(HOISTING, "pets")).isEqualTo(expected);
        assertThat(SpecBundler.bundle(HOISTING, "pets")).isEqualTo(expected);
    }

    @Test
    void acceptsTheSameDefinitionUnderOneNameFromTwoFiles() {
        JsonNode schemas = bundle(EDGE_CASES, "same-definition").at("/components/schemas");

        assertThat(names(schemas)).containsExactly("Page", "ErrorResponse");
    }

    @Test
    void rejectsTwoDifferentDefinitionsUnderOneName() {
        assertThatThrownBy(() -> SpecBundler.bundle(EDGE_CASES, "conflict"))
                .isInstanceOf(BundleException.class)
                .hasMessage("components/schemas/ErrorResponse has two different definitions: "
                        + "conflict/openapi.yaml#/components/schemas/ErrorResponse"
                        + " and common/components.yaml#/components/schemas/ErrorResponse");
    }

    @Test
    void rejectsAReferenceToAMissingFile() {
        assertThatThrownBy(() -> SpecBundler.bundle(EDGE_CASES, "missing-file"))
                .isInstanceOf(BundleException.class)
                .hasMessage(
                        "missing-file/openapi.yaml: $ref '../common/responses.yaml#/components/responses/OtherError'"
                                + ": file not found: common/responses.yaml");
    }

    @Test
    void rejectsAReferenceToAMissingNode() {
        assertThatThrownBy(() -> SpecBundler.bundle(EDGE_CASES, "missing-pointer"))
                .isInstanceOf(BundleException.class)
                .hasMessage("missing-pointer/openapi.yaml: $ref '../common/components.yaml#/components/schemas/Error'"
                        + ": no /components/schemas/Error in common/components.yaml");
    }

    @Test
    void rejectsAnExternalValueThatIsNotALocalFile() {
        assertThatThrownBy(() -> SpecBundler.bundle(EDGE_CASES, "remote-example"))
                .isInstanceOf(BundleException.class)
                .hasMessage("remote-example/openapi.yaml: externalValue 'https://imageapis.org/examples/remote.json'"
                        + ": only relative paths to local files are supported");
    }

    @Test
    void commandLineWritesOneFilePerApiAndItsOpenApi31VariantInAFolderOfItsOwn(@TempDir Path out) throws IOException {
        assertThat(run(HOISTING.toString(), out.toString(), "pets").exitCode()).isZero();

        assertThat(Files.readString(out.resolve("pets.yaml"))).isEqualTo(SpecBundler.bundle(HOISTING, "pets"));
        assertThat(Files.readString(out.resolve("3.1/pets.yaml"))).isEqualTo(SpecBundler.bundle31(HOISTING, "pets"));
    }

    @Test
    void openApi31VariantIsTheConversionOfTheBundle() throws IOException {
        JsonNode variant = Yaml.YAML.readTree(SpecBundler.bundle31(HOISTING, "pets"));

        assertThat(variant).isEqualTo(Oas31Converter.convert(bundle(HOISTING, "pets")));
        assertThat(variant.get("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void commandLineNamesTheApiWhoseOpenApi31VariantCannotBeDerived(@TempDir Path out) {
        Run run = run(EDGE_CASES.toString(), out.toString(), "binary");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .hasLineCount(1)
                .startsWith("ERROR: binary/openapi.yaml, OpenAPI 3.1 variant: format: binary has no automatic");
    }

    @Test
    void commandLineWithoutApisBundlesEveryFolderWithASpec(@TempDir Path out) throws IOException {
        assertThat(SpecBundler.apis(HOISTING)).containsExactly("pets"); // common/ holds no openapi.yaml
        assertThat(run(HOISTING.toString(), out.toString()).exitCode()).isZero();

        try (var written = Files.list(out)) {
            assertThat(written.filter(Files::isRegularFile)
                            .map(file -> file.getFileName().toString()))
                    .containsExactly("pets.yaml");
        }
        assertThat(Files.readString(out.resolve("pets.yaml"))).isEqualTo(SpecBundler.bundle(HOISTING, "pets"));
    }

    @Test
    void commandLineWithoutApisFailsWhereThereIsNoSpec(@TempDir Path empty) {
        Run run = run(empty.toString(), empty.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).hasLineCount(1).startsWith("ERROR: no <api>/openapi.yaml under ");
    }

    @Test
    void commandLineReportsAnErrorAsOneLineAndFails(@TempDir Path out) {
        Run run = run(EDGE_CASES.toString(), out.toString(), "missing-file");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).hasLineCount(1).startsWith("ERROR: missing-file/openapi.yaml: $ref ");
    }

    private record Run(int exitCode, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = SpecBundler.run(
                args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, err.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode bundle(Path sourceRoot, String api) {
        try {
            return Yaml.YAML.readTree(SpecBundler.bundle(sourceRoot, api));
        } catch (IOException e) {
            throw new AssertionError("the bundle is not YAML", e);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> refs(JsonNode node) {
        return node.findValues("$ref").stream().map(JsonNode::asText).toList();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(SpecBundlerTest.class.getResource("/bundler/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.imageapis.client.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the generator writes for a spec and how it refuses one it cannot serve. The generated code's
 * behaviour is proven in the client, which compiles and calls it (GeneratedFixtureClientTest).
 */
class ClientGeneratorTest {

    private static final String PAGED = """
            openapi: 3.0.3
            info: {title: Things, version: '1', x-client: CLIENT}
            paths:
              /v1/{project_id}/things:
                get:
                  operationId: listThings
                  x-paging: {offset: start, limit: size, items: /things, total: /count}
                  parameters:
                    - {name: project_id, in: path, required: true, schema: {type: string}}
                    - {name: start, in: query, schema: {type: string, pattern: '^[0-9]+$'}}
                    - {name: size, in: query, schema: LIMIT}
                    - {name: region, in: header, required: true, schema: {type: string}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/ThingPage'}
            components:
              schemas:
                ThingPage:
                  type: object
                  properties:
                    count: {type: integer}
                    things: {type: array, items: {$ref: '#/components/schemas/Thing'}}
                Thing:
                  type: object
                  properties:
                    id: {type: string}
            """;

    @TempDir
    Path output;

    @Test
    void pagingCountsAreIntegersAndTheProjectAndRegionComeFromTheClient() throws IOException {
        generate(PAGED.replace("LIMIT", "{type: integer, minimum: 1, maximum: 50}")
                .replace("CLIENT", "{name: Things, headers: {X-Fixed: 'yes'}}"));

        String request = read("ListThingsRequest.java");
        assertThat(request)
                .contains("public record ListThingsRequest(Integer start, Integer size, String region)")
                .contains("Checks.pattern(\"start\", start, START_PATTERN);")
                .contains("Checks.range(\"size\", size, 1L, 50L);")
                .doesNotContain("projectId");
        String service = read("ThingsService.java");
        assertThat(service)
                .contains("public ThingsService(ImageApisClient client) {")
                .contains("ServiceContext context = ServiceContext.of(client, Service.THINGS);")
                .contains("this.projectId = context.projectId();")
                .contains("this.region = context.region();")
                .doesNotContain("public ThingsService(Transport")
                .contains("LIST_THINGS_PAGE_SIZE = 50;")
                .contains("return new Page<>(page.getThings(), Totals.of(page.getCount()));")
                .contains("ApiRequest.path(\"v1\", projectId, \"things\")")
                .contains(".header(\"X-Fixed\", \"yes\")");
    }

    @Test
    void aServiceTheClientDoesNotRegisterIsBuiltFromTheClientAndAnEndpoint() throws IOException {
        generate(PAGED.replace("LIMIT", "{type: integer, default: 5}"), Optional.empty());

        assertThat(read("ThingsService.java"))
                .contains("public ThingsService(ImageApisClient client, URI endpoint) {")
                .contains("ServiceContext context = ServiceContext.of(client, \"Things\", endpoint);")
                .doesNotContain("import org.imageapis.client.Service;");
    }

    @Test
    void aLimitWithoutMaximumOrDefaultIsRefused() {
        assertThatThrownBy(() -> generate(PAGED.replace("LIMIT", "{type: integer}")))
                .isInstanceOf(GeneratorException.class)
                .hasMessage("listThings: the limit parameter 'size' needs a maximum or a default, the page size "
                        + "listAll uses");
    }

    @Test
    void xPagingNamingAnUndeclaredParameterIsRefused() {
        assertThatThrownBy(() -> generate(PAGED.replace("LIMIT", "{type: integer, default: 5}")
                        .replace("limit: size", "limit: pageSize")))
                .isInstanceOf(GeneratorException.class)
                .hasMessage("listThings: x-paging names 'pageSize', which is not a query parameter");
    }

    @Test
    void operationsOtherThanGetAreRefused() {
        assertThatThrownBy(() -> generate(
                        PAGED.replace("LIMIT", "{type: integer, default: 5}").replace("    get:", "    post:")))
                .isInstanceOf(GeneratorException.class)
                .hasMessage("post /v1/{project_id}/things: only GET operations are supported");
    }

    @Test
    void everyBundleOfTheDirectoryBecomesAServiceConstantAServiceAnAccessorAndModels() throws IOException {
        Path bundles = Files.createDirectories(output.resolve("bundles"));
        String things = PAGED.replace("LIMIT", "{type: integer, default: 5}");
        Files.writeString(bundles.resolve("things.yaml"), things.replace("CLIENT", "{name: Things}"));
        Files.writeString(
                bundles.resolve("gallery.yaml"),
                things.replace("CLIENT", "{name: PhotoGallery}").replace("Thing", "Photo"));
        // Not an API: OpenAPI 3.1 variants live in a subdirectory of the bundles.
        Files.createDirectories(bundles.resolve("3.1"));
        Files.writeString(bundles.resolve("3.1").resolve("extra.yaml"), "openapi: 3.1.0\n");
        Path operations = output.resolve("operations");
        Path models = output.resolve("models");

        ClientGenerator.generateAll(bundles, operations, models);

        assertThat(Files.readString(operations.resolve("org/imageapis/client/Service.java")))
                .contains("public enum Service {\n"
                        + "    /** The API of the {@code gallery} bundle. */\n    GALLERY,\n"
                        + "    /** The API of the {@code things} bundle. */\n    THINGS;\n")
                .doesNotContain("EXTRA");
        assertThat(Files.readString(operations.resolve("org/imageapis/client/gallery/PhotoGalleryService.java")))
                .contains("ServiceContext.of(client, Service.GALLERY)");
        assertThat(operations.resolve("org/imageapis/client/things/ThingsService.java"))
                .exists();
        assertThat(Files.readString(operations.resolve("org/imageapis/client/ServiceAccessors.java")))
                .contains("public sealed interface ServiceAccessors permits ImageApisClient {")
                .contains("default PhotoGalleryService photoGallery() {\n"
                        + "        return new PhotoGalleryService((ImageApisClient) this);")
                .contains("default ThingsService things() {")
                .doesNotContain("extra");
        assertThat(models.resolve("src/main/java/org/imageapis/client/gallery/model/PhotoPage.java"))
                .exists();
        assertThat(models.resolve("src/main/java/org/imageapis/client/things/model/Thing.java"))
                .exists();
        assertThat(models.resolve(".openapi-generator")).doesNotExist();
        assertThat(models.resolve(ClientGenerator.MODEL_PACKAGES))
                .hasContent("client.model.packages.doclint="
                        + "-org.imageapis.client.gallery.model,-org.imageapis.client.things.model");
    }

    @Test
    void aBundleWithoutTheClientsNameForItIsRefused() throws IOException {
        Path bundles = Files.createDirectories(output.resolve("bundles"));
        Path bundle = bundles.resolve("things.yaml");
        Files.writeString(
                bundle, PAGED.replace("LIMIT", "{type: integer, default: 5}").replace(", x-client: CLIENT", ""));

        assertThatThrownBy(() -> ClientGenerator.generateAll(bundles, output, output))
                .isInstanceOf(GeneratorException.class)
                .hasMessage(bundle + ": info.x-client.name must be a class name's start, such as Swr, was ''");
    }

    @Test
    void aBundleWhoseNameIsNoPackageNameIsRefused() throws IOException {
        Path bundles = Files.createDirectories(output.resolve("bundles"));
        Path bundle = bundles.resolve("image-search.yaml");
        Files.writeString(bundle, PAGED);

        assertThatThrownBy(() -> ClientGenerator.generateAll(bundles, output, output))
                .isInstanceOf(GeneratorException.class)
                .hasMessage(bundle + ": 'image-search' is not a valid API id: use lowercase letters and digits, "
                        + "starting with a letter");
    }

    private void generate(String spec) throws IOException {
        generate(spec, Optional.of("THINGS"));
    }

    private void generate(String spec, Optional<String> serviceConstant) throws IOException {
        Path file = output.resolve("spec.yaml");
        Files.writeString(file, spec.replace("CLIENT", "{name: Things}"));
        ClientGenerator.writeOperations(
                SpecModel.read(file), "org.example.things", "ThingsService", serviceConstant, output);
    }

    private String read(String name) throws IOException {
        return Files.readString(output.resolve("org/example/things").resolve(name));
    }
}

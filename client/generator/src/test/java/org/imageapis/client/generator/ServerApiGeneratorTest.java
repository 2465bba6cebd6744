package org.imageapis.client.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bundle gets its interfaces; an API whose answers carry their own headers gets methods returning Response. */
class ServerApiGeneratorTest {

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Things, version: '1'}
            paths:
              /v1/things:
                get:
                  operationId: listThings
                  tags: [Things]
                  responses:
                    '200':
                      description: ok
                      headers:
                        HEADER: {schema: {type: string}}
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Thing'}}
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    id: {type: string}
            """;

    @TempDir
    Path directory;

    @Test
    void eachBundleGetsItsInterfacesInItsOwnPackage() throws IOException {
        Path bundles = Files.createDirectories(directory.resolve("bundles"));
        Files.writeString(bundles.resolve("things.yaml"), SPEC.replace("HEADER", "X-Request-Id"));
        Files.writeString(bundles.resolve("ranged.yaml"), SPEC.replace("HEADER", "Content-Range"));
        Files.createDirectories(bundles.resolve("3.1"));
        Files.writeString(bundles.resolve("3.1").resolve("extra.yaml"), SPEC.replace("HEADER", "X-Request-Id"));
        Path output = directory.resolve("out");

        ServerApiGenerator.generateAll(bundles, output);

        Path sources = output.resolve("src/gen/java/org/imageapis/server");
        assertThat(Files.readString(sources.resolve("things/api/ThingsApi.java")))
                .contains("Thing> listThings();")
                .doesNotContain("Response listThings");
        assertThat(Files.readString(sources.resolve("ranged/api/ThingsApi.java")))
                .contains("Response listThings();");
        assertThat(sources.resolve("things/model/Thing.java")).exists();
        assertThat(sources.resolve("extra")).doesNotExist();
    }
}

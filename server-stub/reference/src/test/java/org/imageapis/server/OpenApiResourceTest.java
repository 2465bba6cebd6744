package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The specs at {@code /openapi/} (OpenAPI 3.0.3) and {@code /openapi/3.1/} (their 3.1.0 variants) are the bundles byte
 * for byte: Swagger UI adds this server in the page only.
 */
class OpenApiResourceTest {

    private static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.builtIn();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(Specs.Api.class)
    void eachBundleIsServedUnchangedWithoutCredentials(Specs.Api api) throws IOException {
        HttpResult result = server.send(HttpRequest.newBuilder(server.uri("/openapi/" + api.id() + ".yaml")));

        assertThat(result.status()).isEqualTo(200);
        try (InputStream bundle = Specs.bundle(api).openStream()) {
            assertThat(result.body()).isEqualTo(new String(bundle.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @EnumSource(Specs.Api.class)
    void eachOpenApi31VariantIsServedUnchangedWithoutCredentials(Specs.Api api) throws IOException {
        HttpResult result = server.send(HttpRequest.newBuilder(server.uri("/openapi/3.1/" + api.id() + ".yaml")));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).startsWith("openapi: \"3.1.0\"");
        try (InputStream bundle = Specs.bundle(api, Specs.OpenApiVersion.V3_1).openStream()) {
            assertThat(result.body()).isEqualTo(new String(bundle.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void unknownApiIsA404InEitherVersion() {
        for (String path : new String[] {"/openapi/ecs.yaml", "/openapi/3.1/ecs.yaml", "/openapi/3.2/swr.yaml"}) {
            HttpResult result = server.send(HttpRequest.newBuilder(server.uri(path)));

            assertThat(result.status()).as(path).isEqualTo(404);
            assertThat(result.errorCode()).as(path).isNotBlank();
        }
    }
}

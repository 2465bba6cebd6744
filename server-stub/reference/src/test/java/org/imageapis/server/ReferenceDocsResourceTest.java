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

/** {@code /reference/} serves the specs jar's rendered pages as they are; how they render: the Chromium test. */
class ReferenceDocsResourceTest {

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
    void eachApiPageIsServedAsTheSpecsJarHoldsIt(Specs.Api api) throws IOException {
        HttpResult result = server.send(HttpRequest.newBuilder(server.uri("/reference/" + api.id() + ".html")));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.header("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=utf-8"));
        assertThat(result.body().equals(specsJarPage(api.id() + ".html")))
                .as("the page is the specs jar's")
                .isTrue();
    }

    @Test
    void theIndexIsAtTheFolderAndTheBarePathRedirectsThere() throws IOException {
        HttpResult index = server.send(HttpRequest.newBuilder(server.uri("/reference/")));
        HttpResult bare = server.send(HttpRequest.newBuilder(server.uri("/reference")));

        assertThat(index.status()).isEqualTo(200);
        assertThat(index.body().equals(specsJarPage("index.html")))
                .as("the index is the specs jar's")
                .isTrue();
        assertThat(bare.status()).isEqualTo(303);
        assertThat(bare.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/reference/"));
    }

    private static String specsJarPage(String page) throws IOException {
        try (InputStream in = Specs.class.getClassLoader().getResourceAsStream("docs/" + page)) {
            assertThat(in).as("docs/%s in the specs jar", page).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

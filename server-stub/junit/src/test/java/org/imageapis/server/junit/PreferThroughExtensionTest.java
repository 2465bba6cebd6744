package org.imageapis.server.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Prefer header through the extension's server (each form and the refusals; every case is in PreferTest). */
@ImageApisServerTest
class PreferThroughExtensionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void codeAnswersThatStatus(ImageApisServer server) throws Exception {
        HttpResponse<String> response = Http.get(server.baseUri(), Http.WORKSPACE, "Prefer", "code=503");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(response.body()).has("error_code")).isTrue();
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void exampleAnswersThatExample(ImageApisServer server) throws Exception {
        HttpResponse<String> first = Http.get(server.baseUri(), Http.MODELARTS, "Prefer", "example=page000");
        HttpResponse<String> second = Http.get(server.baseUri(), Http.MODELARTS, "Prefer", "example=page001");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(first.body())).isNotEqualTo(JSON.readTree(second.body()));
    }

    @Test
    void delayHoldsTheAnswerBack(ImageApisServer server) {
        long started = System.nanoTime();
        HttpResponse<String> response = Http.get(server.baseUri(), Http.HSS, "Prefer", "delay=300, code=200");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @ParameterizedTest
    @ValueSource(strings = {"code=999", "code=302", "example=nope", "delay=70000", "dynamic=true", "colour=blue"})
    void anUnacceptedValueIsA400NamingIt(String prefer, ImageApisServer server) throws Exception {
        HttpResponse<String> response = Http.get(server.baseUri(), Http.SWR, "Prefer", prefer);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error_code").asText()).isEqualTo("SWR.0400");
        assertThat(JSON.readTree(response.body()).path("error_msg").asText())
                .contains(prefer.substring(0, prefer.indexOf('=')));
    }

    @Nested
    @ImageApisServerTest(prefer = false)
    class PreferOff {
        @Test
        void theHeaderIsIgnored(ImageApisServer server) {
            assertThat(Http.get(server.baseUri(), Http.SWR, "Prefer", "code=503")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(Http.get(server.baseUri(), Http.SWR, "Prefer", "colour=blue")
                            .statusCode())
                    .isEqualTo(200);
        }
    }
}

package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.imageapis.server.auth.Credentials;
import org.imageapis.server.data.Dataset;
import org.imageapis.server.workspace.model.ImageServer;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Routing errors and unexpected failures, as {@code {"error_code", "error_msg"}} with a request id. */
class ErrorResponsesTest {

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
    @CsvSource({
        "/v1/p/images",
        "/v3/p/images/group",
        "/v5/p/image/111",
        "/",
        "/openapi/petstore.yaml",
        "/docs/secret.txt",
        "/reference/petstore.html",
        "/reference/swr.yaml",
        "/reference/..%2Fopenapi%2Fswr.yaml"
    })
    void unknownRoutesAre404(String path) {
        HttpResult result = server.send(HttpRequest.newBuilder(server.uri(path)), "X-Auth-Token", "t");

        assertThat(result.status()).isEqualTo(404);
        assertThat(result.errorCode()).isEqualTo("APIGW.0101");
        assertThat(result.header("X-Request-Id")).isPresent();
    }

    /** The mapper is a singleton: each message must name its own request's method, not the first one's. */
    @Test
    void eachErrorNamesItsOwnRequestsMethod() {
        HttpResult put = server.send(
                HttpRequest.newBuilder(server.uri("/nope")).method("PUT", HttpRequest.BodyPublishers.noBody()),
                "X-Auth-Token",
                "t");
        HttpResult get = server.send(HttpRequest.newBuilder(server.uri("/nope")), "X-Auth-Token", "t");
        HttpResult delete = server.send(
                HttpRequest.newBuilder(server.uri("/v1/p/image-servers"))
                        .method("DELETE", HttpRequest.BodyPublishers.noBody()),
                "X-Auth-Token",
                "t");
        HttpResult patch = server.send(
                HttpRequest.newBuilder(server.uri("/v1/p/image-servers"))
                        .method("PATCH", HttpRequest.BodyPublishers.noBody()),
                "X-Auth-Token",
                "t");

        assertThat(put.errorMessage()).isEqualTo("No API matches PUT /nope.");
        assertThat(get.errorMessage()).isEqualTo("No API matches GET /nope.");
        assertThat(delete.errorMessage()).isEqualTo("Method DELETE is not allowed on this path.");
        assertThat(patch.errorMessage()).isEqualTo("Method PATCH is not allowed on this path.");
    }

    @ParameterizedTest
    @CsvSource({
        "MODELARTS, /v1/p/images/group, MODELARTS.0405",
        "WORKSPACE, /v1/p/image-servers, WORKSPACE.0405",
        "HSS, /v5/p/image/111/basic-image, HSS.0405",
        "SWR, /v2/manage/shared-repositories, SWR.0405"
    })
    void otherMethodsThanGetAre405(Specs.Api api, String path, String code) {
        HttpResult result = server.send(
                HttpRequest.newBuilder(server.uri(path)).method("DELETE", HttpRequest.BodyPublishers.noBody()),
                "X-Auth-Token",
                "t");

        assertThat(result.status()).isEqualTo(405);
        assertThat(result.errorCode()).isEqualTo(code);
        assertThat(result.header("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        SpecConformance.assertConforms(api, result);
    }

    @ParameterizedTest
    @CsvSource({
        "/v2/manage/shared-repositories?name=%zz, SWR.0400",
        "/v1/p/images/group?name=%, MODELARTS.0400",
        "/v5/p%2/image/1/basic-image?image_type=cicd, HSS.0400"
    })
    void malformedEscapesAre400NotAGrizzlyErrorPage(String target, String code) throws IOException {
        // java.net.http refuses to send such a target: written by hand on a socket.
        try (Socket socket =
                new Socket(server.uri("/").getHost(), server.uri("/").getPort())) {
            socket.getOutputStream()
                    .write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                                    + "X-Auth-Token: t\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response)
                    .startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("X-Request-Id: ")
                    .containsIgnoringCase("Content-Type: application/json")
                    .contains("{\"error_code\":\"" + code + "\",\"error_msg\":")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void requestIdsDifferPerRequest() {
        String first = server.get(Specs.Api.SWR, "/v2/manage/shared-repositories")
                .header("X-Request-Id")
                .orElseThrow();
        String second = server.get(Specs.Api.SWR, "/v2/manage/shared-repositories")
                .header("X-Request-Id")
                .orElseThrow();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void unexpectedFailuresAre500WithoutInternals() {
        // A record whose name cannot be read, as the server_name filter does: the resource fails unexpectedly.
        ImageServer unreadable = new ImageServer() {
            @Override
            public String getName() {
                throw new IllegalStateException("a broken record");
            }
        };
        Dataset broken = new Dataset(List.of(), List.of(unreadable.id("1")), List.of(), List.of());
        try (ServerFixture failing =
                ServerFixture.start(broken, new Credentials(List.of(), Map.of()), Clock.systemUTC())) {
            HttpResult result = failing.get(Specs.Api.WORKSPACE, "/v1/p/image-servers?server_name=x");

            assertThat(result.status()).isEqualTo(500);
            assertThat(result.errorCode()).isEqualTo("WORKSPACE.0500");
            assertThat(result.body()).doesNotContain("Exception", "at org.", "null", "broken record");
        }
    }
}

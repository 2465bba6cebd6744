package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imageapis.server.ReferenceServer.MAX_REQUEST_HEADERS;
import static org.imageapis.server.ReferenceServer.MAX_REQUEST_HEAD_BYTES;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests Grizzly's HTTP codec refuses before the application sees them get an error body like every other
 * error: status, {@code ErrorResponse}, {@code X-Request-Id}, and {@code Connection: close} as the server closes
 * the connection. Raw sockets, as {@code java.net.http} sends none of these requests.
 */
class HttpCodecErrorsTest {

    private static final String SWR = "/v2/manage/shared-repositories";
    private static final String HEADERS = "Host: localhost\r\nX-Auth-Token: t\r\nConnection: close\r\n";
    private static final int SOCKET_TIMEOUT_MILLIS = 5_000;

    private static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.builtIn();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void aNormalRequestOnAFreshConnectionIsStillServed() throws IOException {
        assertThat(exchange("GET " + SWR + " HTTP/1.1\r\n" + HEADERS + "\r\n").status())
                .isEqualTo(200);
    }

    @Test
    void aRequestLineOverTheLimitIs414WithoutAnApi() throws IOException {
        String target = SWR + "?name=" + "a".repeat(MAX_REQUEST_HEAD_BYTES);

        HttpResult result = refused("GET " + target + " HTTP/1.1\r\n" + HEADERS + "\r\n");

        assertThat(result.status()).isEqualTo(414);
        assertThat(result.errorCode()).isEqualTo("IMGAPI.0414");
        assertThat(result.errorMessage()).contains("request line", "8192 bytes");
    }

    @Test
    void headersOverTheLimitAre431() throws IOException {
        HttpResult result = refused("GET " + SWR + " HTTP/1.1\r\n" + HEADERS + "X-Padding: "
                + "a".repeat(MAX_REQUEST_HEAD_BYTES) + "\r\n\r\n");

        assertThat(result.status()).isEqualTo(431);
        assertThat(result.errorCode()).isEqualTo("SWR.0431");
        assertThat(result.errorMessage()).contains("request line and headers", "8192 bytes");
    }

    @Test
    void moreHeadersThanTheLimitAre431() throws IOException {
        HttpResult result = refused(withHeaders(MAX_REQUEST_HEADERS + 1));

        assertThat(result.status()).isEqualTo(431);
        assertThat(result.errorCode()).isEqualTo("SWR.0431");
        assertThat(result.errorMessage()).contains("more than 100 headers");
    }

    @Test
    void requestsAtTheLimitsAreServed() throws IOException {
        String head = "GET " + SWR + " HTTP/1.1\r\n" + HEADERS + "X-Padding: ";
        String padded = head + "a".repeat(MAX_REQUEST_HEAD_BYTES - head.length() - "\r\n\r\n".length()) + "\r\n\r\n";

        assertThat(padded).hasSize(MAX_REQUEST_HEAD_BYTES);
        assertThat(exchange(padded).status()).isEqualTo(200);
        assertThat(exchange(withHeaders(MAX_REQUEST_HEADERS)).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/2.0", "HTTP/3.0", "HTTP/1.2", "HTTP/0.9"})
    void otherHttpVersionsAre505(String version) throws IOException {
        HttpResult result = refused("GET " + SWR + " " + version + "\r\n" + HEADERS + "\r\n");

        assertThat(result.status()).isEqualTo(505);
        assertThat(result.errorCode()).isEqualTo("SWR.0505");
        assertThat(result.errorMessage()).contains("HTTP version");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "GET /v2/manage/shared-repositories | SWR.0400",
                "GET /v2/manage/shared-repositories HTTP/1.1 extra | SWR.0400",
                "GET /v2/manage/shared-repositories http/1.1 | SWR.0400",
                "%% garbage | IMGAPI.0400"
            })
    void malformedRequestLinesAre400(String requestLine, String code) throws IOException {
        HttpResult result = refused(requestLine + "\r\n" + HEADERS + "\r\n");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo(code);
        assertThat(result.errorMessage()).contains("request line is malformed");
    }

    @Test
    void anHttp11RequestWithoutHostIs400() throws IOException {
        HttpResult result = refused("GET " + SWR + " HTTP/1.1\r\nX-Auth-Token: t\r\n\r\n");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("SWR.0400");
        assertThat(result.errorMessage()).contains("no Host header");
    }

    @Test
    void conflictingContentLengthsAre400() throws IOException {
        HttpResult result =
                refused("GET " + SWR + " HTTP/1.1\r\n" + HEADERS + "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("SWR.0400");
        assertThat(result.errorMessage()).contains("Content-Length headers with different values");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "99999999999999999999"})
    void aContentLengthThatIsNotANumberIs400(String length) throws IOException {
        HttpResult result =
                refused("GET " + SWR + " HTTP/1.1\r\n" + HEADERS + "Content-Length: " + length + "\r\n\r\n");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("SWR.0400");
        assertThat(result.errorMessage()).contains("Content-Length header is not a decimal number");
    }

    @Test
    void aMalformedChunkedBodyIs400() throws IOException {
        HttpResult result = refused(
                "GET " + SWR + " HTTP/1.1\r\n" + HEADERS + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("SWR.0400");
        assertThat(result.errorMessage()).contains("chunked encoding");
    }

    @Test
    void anUpgradeRequestIsRefusedWithThePlainErrorAnswer() throws IOException {
        // Grizzly writes its answer to an upgrade request without Content-Type and Connection; a refusal has them.
        HttpResult result = refused("GET " + SWR + " HTTP/2.0\r\n" + HEADERS
                + "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n");

        assertThat(result.status()).isEqualTo(505);
        assertThat(result.errorCode()).isEqualTo("SWR.0505");
    }

    /** A valid request with {@code count} headers in all. */
    private static String withHeaders(int count) {
        StringBuilder request = new StringBuilder("GET " + SWR + " HTTP/1.1\r\n" + HEADERS);
        for (int i = HEADERS.split("\r\n").length; i < count; i++) {
            request.append("X-Header-").append(i).append(": v\r\n");
        }
        return request.append("\r\n").toString();
    }

    /**
     * Sends the request and checks the answer every refusal shares: a JSON {@code ErrorResponse} with a request id
     * and an exact {@code Content-Length}, conforming to the spec's error responses, and the connection closed.
     */
    private static HttpResult refused(String request) throws IOException {
        HttpResult result = exchange(request);

        assertThat(result.header("Connection")).hasValue("close");
        assertThat(result.header("Content-Type")).hasValue("application/json");
        assertThat(result.header("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).isNotBlank());
        assertThat(result.header("Content-Length"))
                .hasValue(String.valueOf(result.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(result.errorCode()).isNotBlank();
        assertThat(result.errorMessage()).isNotBlank();
        SpecConformance.assertConforms(Specs.Api.SWR, result);
        return result;
    }

    /** One request on a new connection, read until the server closes it (a read timeout if it does not). */
    private static HttpResult exchange(String request) throws IOException {
        URI base = server.uri("/");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return HttpResult.parse(socket.getInputStream().readAllBytes());
        }
    }
}

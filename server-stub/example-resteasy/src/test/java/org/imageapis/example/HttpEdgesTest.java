package org.imageapis.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the conformance kit does not pin down one by one, sent byte for byte (the {@code java.net} clients refuse
 * some of these targets): malformed targets, the HTTP layer's limits, the error bodies and their codes.
 */
class HttpEdgesTest {

    private static final String PATH = "/v2/manage/shared-repositories";
    private static final String TOKEN = "edge-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ExampleServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ExampleServer.start("127.0.0.1", 0, new ExampleServer.Credentials(List.of(TOKEN), Map.of()));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** Found by the kit's fuzz check: the signature check read the query first and failed with a 500. */
    @Test
    void aMalformedEscapeIsABadRequestEvenWhenSigned() throws IOException {
        Answer answer = send(
                "GET " + PATH + "?offset=%zz HTTP/1.1",
                "X-Sdk-Date: 20260101T000000Z",
                "Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=00");

        answer.assertError(400, "SWR.0400").contains("not a valid URI");
    }

    @Test
    void aMalformedEscapeIsABadRequestWithAToken() throws IOException {
        send("GET " + PATH + "?name=% HTTP/1.1", "X-Auth-Token: " + TOKEN)
                .assertError(400, "SWR.0400")
                .contains("not a valid URI");
    }

    @Test
    void aCharacterThatNoUriHoldsIsABadRequest() throws IOException {
        send("GET " + PATH + "?filter=name::a|center::self HTTP/1.1", "X-Auth-Token: " + TOKEN)
                .assertError(400, "SWR.0400");
    }

    @Test
    void anOverlongRequestLineIs414AndOverlongHeaders431() throws IOException {
        send("GET " + PATH + "?name=" + "a".repeat(9000) + " HTTP/1.1", "X-Auth-Token: " + TOKEN)
                .assertError(414, "SWR.0414");
        send("GET " + PATH + " HTTP/1.1", "X-Auth-Token: " + TOKEN, "X-Padding: " + "b".repeat(9000))
                .assertError(431, "SWR.0431");
    }

    @Test
    void anUnknownPathIs404AndAnotherMethod405() throws IOException {
        send("GET /v2/manage/nothing-here HTTP/1.1", "X-Auth-Token: " + TOKEN).assertError(404, "APIGW.0101");
        Answer wrongMethod = send("DELETE " + PATH + " HTTP/1.1", "X-Auth-Token: " + TOKEN);
        wrongMethod.assertError(405, "SWR.0405");
        assertThat(wrongMethod.headers.get("allow")).contains("GET");
    }

    @Test
    void aWrongTokenIs401WithoutRepeatingIt() throws IOException {
        send("GET " + PATH + " HTTP/1.1", "X-Auth-Token: not-the-token")
                .assertError(401, "APIGW.0301")
                .doesNotContain("not-the-token");
        send("GET " + PATH + " HTTP/1.1").assertError(401, "APIGW.0301");
    }

    @Test
    void badParametersNameTheParameter() throws IOException {
        send("GET " + PATH + "?limit=1001 HTTP/1.1", "X-Auth-Token: " + TOKEN)
                .assertError(400, "SWR.0400")
                .startsWith("Invalid value for parameter limit:");
        send("GET " + PATH + "?order_type=up HTTP/1.1", "X-Auth-Token: " + TOKEN)
                .assertError(400, "SWR.0400")
                .startsWith("Invalid value for parameter order_type:");
        send("GET " + PATH + "?filter=limit::5%7Climit::6 HTTP/1.1", "X-Auth-Token: " + TOKEN)
                .assertError(400, "SWR.0400")
                .contains("limit appears twice");
        send("GET " + PATH + "?filter=offset::x HTTP/1.1", "X-Auth-Token: " + TOKEN)
                .assertError(400, "SWR.0400")
                .startsWith("Invalid value for parameter offset:");
    }

    @Test
    void anOffsetPastTheRecordsIsAnEmptyPage() throws IOException {
        String offset = "123456789012345678901234567890";
        Answer answer = send("GET " + PATH + "?offset=" + offset + " HTTP/1.1", "X-Auth-Token: " + TOKEN);

        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.headers.get("content-range")).isEqualTo(offset + "-0/24");
        assertThat(answer.body()).isEmpty();
    }

    private static Answer send(String requestLine, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(requestLine)
                .append("\r\n")
                .append("Host: 127.0.0.1:")
                .append(server.baseUri().getPort())
                .append("\r\n")
                .append("Connection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket =
                new Socket(server.baseUri().getHost(), server.baseUri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return Answer.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** A response as read off the socket; header names in lower case. */
    private record Answer(int status, Map<String, String> headers, String rawBody) {

        static Answer parse(String response) {
            int end = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, end).split("\r\n");
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                String name = lines[i].substring(0, lines[i].indexOf(':'));
                headers.put(
                        name.toLowerCase(Locale.ROOT),
                        lines[i].substring(name.length() + 1).trim());
            }
            String body = response.substring(end + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(body);
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        }

        private static String dechunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    return body.toString();
                }
                body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }

        JsonNode body() throws IOException {
            return JSON.readTree(rawBody);
        }

        /** Asserts an error body with this status and code; returns an assertion on its message. */
        org.assertj.core.api.AbstractStringAssert<?> assertError(int expectedStatus, String code) throws IOException {
            assertThat(status).as(rawBody).isEqualTo(expectedStatus);
            assertThat(headers.get("content-type")).startsWith("application/json");
            assertThat(headers.get("x-request-id")).isNotBlank();
            JsonNode error = body();
            assertThat(error.path("error_code").asText()).isEqualTo(code);
            return assertThat(error.path("error_msg").asText());
        }
    }
}

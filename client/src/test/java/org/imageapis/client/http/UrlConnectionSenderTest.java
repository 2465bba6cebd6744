package org.imageapis.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What HttpURLConnection would get wrong unless told (bodies cut short, repeated headers), the request it sends, and
 * which sender sends what.
 */
class UrlConnectionSenderTest {

    private final ServerSocket server = newServer();
    private final UrlConnectionSender sender = new UrlConnectionSender(Duration.ofSeconds(5));

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void aBodyCutShortByAClosedConnectionIsAFailureNotABody() {
        answerOnce("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n[{\"name\"");

        assertThatThrownBy(() -> sender.send(uri(), Map.of(), Duration.ofSeconds(5)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("ended after 8 of 100 bytes");
    }

    @Test
    void repeatedHeadersKeepTheirOrderAndNamesAreCaseInsensitive() throws Exception {
        answerOnce("HTTP/1.1 200 OK\r\nWarning: first\r\nX-Request-Id: req-1\r\nwarning: second\r\n"
                + "Content-Length: 2\r\n\r\n[]");

        Sender.Reply reply = sender.send(uri(), Map.of(), Duration.ofSeconds(5));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.headers().allValues("WARNING")).containsExactly("first", "second");
        assertThat(reply.headers().firstValue("x-request-id")).contains("req-1");
        assertThat(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo("[]");
    }

    @Test
    void theRequestCarriesExactlyTheGivenHeaders() throws Exception {
        CompletableFuture<String> request = answerOnce("HTTP/1.1 204 No Content\r\n\r\n");

        sender.send(uri(), Map.of("Accept", "application/json", "X-Auth-Token", "t"), Duration.ofSeconds(5));

        assertThat(request.get())
                .startsWith("GET /v2/x?a=b%20c HTTP/1.1\r\n")
                .contains("\r\nAccept: application/json\r\n", "\r\nX-Auth-Token: t\r\n")
                .contains("\r\nHost: 127.0.0.1:" + server.getLocalPort() + "\r\n");
    }

    @Test
    void withoutACallersHttpClientOnlyPlainHttpGoesThroughHttpUrlConnection() {
        Senders own = Senders.own(Duration.ofSeconds(5));
        Senders callers = Senders.callers(java.net.http.HttpClient.newHttpClient());

        assertThat(own.forCall(true)).isInstanceOf(UrlConnectionSender.class);
        assertThat(own.forCall(false)).isNotInstanceOf(UrlConnectionSender.class);
        assertThat(callers.forCall(true)).isInstanceOf(JdkHttpSender.class);
        assertThat(callers.forCall(false)).isInstanceOf(JdkHttpSender.class);
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/v2/x?a=b%20c");
    }

    /** Reads one request's head, writes {@code response} as it is and closes; completes with the head. */
    private CompletableFuture<String> answerOnce(String response) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket socket = server.accept()) {
                String head = readHead(socket.getInputStream());
                OutputStream out = socket.getOutputStream();
                out.write(response.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return head;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            head.write(next);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static ServerSocket newServer() {
        try {
            return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

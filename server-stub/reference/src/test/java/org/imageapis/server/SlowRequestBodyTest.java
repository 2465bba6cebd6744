package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imageapis.server.auth.Credentials;
import org.imageapis.server.data.DatasetLoader;
import org.imageapis.signing.AkSkCredentials;
import org.imageapis.signing.SignableRequest;
import org.imageapis.signing.Signer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Body-less requests run on Grizzly's selector threads; a request with a body must not, because the AK/SK check
 * reads the body and a client may send it slowly. Raw sockets, so that every request opens its own connection
 * and the connections spread over all selector threads.
 */
class SlowRequestBodyTest {

    private static final Instant NOW = Instant.parse("2024-05-07T08:00:00Z");
    private static final AkSkCredentials KEY = AkSkCredentials.of("HPUAEXAMPLEACCESSKEY", "ExampleSecretKey0123456789");
    private static final String TOKEN = "token";
    private static final String SWR = "/v2/manage/shared-repositories";
    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);
    private static final int SOCKET_TIMEOUT_MILLIS = 5_000;

    private ServerFixture server;
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() {
        server = ServerFixture.start(
                DatasetLoader.builtIn(),
                new Credentials(List.of(TOKEN), Map.of(KEY.accessKey(), KEY.secretKey())),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        server.close();
    }

    @Test
    void requestsWaitingForTheirBodyDoNotStallOtherConnections() throws IOException {
        // More waiting requests than the machine has cores, so every selector thread would hold one.
        int waiting = Runtime.getRuntime().availableProcessors() * 2;
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < waiting; i++) {
            Socket socket = connect();
            socket.getOutputStream().write(signedHead());
            socket.getOutputStream().flush();
            slow.add(socket);
        }

        for (int i = 0; i < waiting * 4; i++) {
            Socket socket = connect();
            write(
                    socket,
                    "GET " + SWR + " HTTP/1.1\r\nHost: " + authority() + "\r\nX-Auth-Token: " + TOKEN
                            + "\r\nConnection: close\r\n\r\n");
            assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 200 OK");
        }

        for (Socket socket : slow) {
            socket.getOutputStream().write(BODY);
            socket.getOutputStream().flush();
        }
        for (Socket socket : slow) {
            assertThat(statusLine(socket.getInputStream()))
                    .as("the signed request, once its body came")
                    .isEqualTo("HTTP/1.1 200 OK");
        }
    }

    /** A request signed over {@link #BODY}, up to and including the blank line; the body follows later. */
    private byte[] signedHead() {
        SignableRequest request = SignableRequest.builder()
                .method("GET")
                .path(SWR)
                .header("Host", authority())
                .header("Content-Type", "application/json")
                .body(BODY)
                .build();
        StringBuilder head = new StringBuilder("GET " + SWR + " HTTP/1.1\r\nHost: " + authority()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + BODY.length + "\r\n");
        new Signer()
                .sign(request, KEY, NOW)
                .forEach((name, value) ->
                        head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private Socket connect() throws IOException {
        URI base = server.uri("/");
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
        sockets.add(socket);
        return socket;
    }

    private String authority() {
        return server.uri("/").getAuthority();
    }

    private static void write(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The response's first line; a stalled server fails the read with a timeout. */
    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\r' && c != -1; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }
}

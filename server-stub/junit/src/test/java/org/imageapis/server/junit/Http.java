package org.imageapis.server.junit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Plain HTTP for the tests: java.net.http, and a raw socket to see exactly what the server puts on the wire. */
final class Http {

    static final String MODELARTS = "v1/p/images/group";
    static final String WORKSPACE = "v1/p/image-servers";
    static final String HSS = "v5/p/image/111/basic-image?image_type=cicd";
    static final String SWR = "v2/manage/shared-repositories";

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Http() {}

    /** GET {@code path} (relative to the base URI) with a token and HSS's region header, plus {@code headers}. */
    static HttpResponse<String> get(URI base, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("X-Auth-Token", "any-token")
                .header("region", "cn-north-4");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a raw GET of {@code path} reads until the server closes the connection, or the read fails. */
    static RawExchange raw(URI base, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(10_000);
            String request = "GET /" + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nX-Auth-Token: any-token\r\nregion: cn-north-4\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (IOException e) {
                return new RawExchange(received.toByteArray(), e);
            }
            return new RawExchange(received.toByteArray(), null);
        }
    }

    /** The bytes a raw exchange received, and how reading ended: null for end of stream, else the failure. */
    record RawExchange(byte[] bytes, IOException failure) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        String head() {
            int end = text().indexOf("\r\n\r\n");
            return end < 0 ? text() : text().substring(0, end);
        }

        String body() {
            int end = text().indexOf("\r\n\r\n");
            return end < 0 ? "" : text().substring(end + 4);
        }

        int contentLength() {
            for (String line : head().split("\r\n")) {
                if (line.toLowerCase().startsWith("content-length:")) {
                    return Integer.parseInt(line.substring(15).trim());
                }
            }
            return -1;
        }
    }
}

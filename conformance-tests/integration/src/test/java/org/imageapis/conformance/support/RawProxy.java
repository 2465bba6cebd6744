package org.imageapis.conformance.support;

import java.io.BufferedInputStream;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.imageapis.conformance.http.RawHttpClient;

/**
 * A loopback HTTP/1.1 proxy that passes requests on byte for byte (request target and headers as received, the
 * {@code Host} too, so signatures still verify) and lets a test change a request on its way in and a response on
 * its way out. It parses no URI, so it forwards even the malformed targets a fuzzer sends. Requests have no body.
 */
public final class RawProxy implements AutoCloseable {

    /** A request head as received. */
    public record Request(String method, String target, List<Map.Entry<String, String>> headers) {

        /** The first value of a header, or {@code null}. */
        public String header(String name) {
            return headers.stream()
                    .filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A response as it will be returned. */
    public record Response(int status, List<Map.Entry<String, String>> headers, byte[] body) {}

    private static final Set<String> FRAMING =
            Set.of("content-length", "transfer-encoding", "connection", "keep-alive");

    private final ServerSocket listener;
    private final URI upstream;
    private final UnaryOperator<Request> requests;
    private final BiFunction<Request, Response, Response> responses;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "raw-proxy");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * A proxy to {@code upstream} that changes each request with {@code requests} before passing it on, and each
     * response with {@code responses} (which also sees the request as passed on) before returning it.
     */
    public RawProxy(URI upstream, UnaryOperator<Request> requests, BiFunction<Request, Response, Response> responses)
            throws IOException {
        this.upstream = upstream;
        this.requests = requests;
        this.responses = responses;
        this.listener = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        connections.execute(this::accept);
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket;
                RawHttpClient http = new RawHttpClient(upstream, Duration.ofSeconds(30))) {
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            for (Request received = readHead(in); received != null; received = readHead(in)) {
                Request request = requests.apply(received);
                RawHttpClient.Response answer = http.send(request.method(), request.target(), request.headers());
                Response response =
                        responses.apply(request, new Response(answer.status(), answer.headers(), answer.body()));
                write(out, response, request.method().equals("HEAD"));
                if ("close".equalsIgnoreCase(String.valueOf(answer.header("Connection")))) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client or the upstream went away: nothing to answer
        }
    }

    /** The next request head, or {@code null} at the end of the connection. */
    private static Request readHead(InputStream in) throws IOException {
        String requestLine = readLine(in);
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            headers.add(Map.entry(
                    line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
        return new Request(parts[0], parts[1], headers);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static void write(OutputStream out, Response response, boolean head) throws IOException {
        StringBuilder text =
                new StringBuilder("HTTP/1.1 ").append(response.status()).append(" -\r\n");
        for (Map.Entry<String, String> header : response.headers()) {
            if (!FRAMING.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                text.append(header.getKey())
                        .append(": ")
                        .append(header.getValue())
                        .append("\r\n");
            }
        }
        text.append("Content-Length: ")
                .append(head ? 0 : response.body().length)
                .append("\r\n\r\n");
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        message.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        if (!head) {
            message.writeBytes(response.body());
        }
        out.write(message.toByteArray()); // one write: no Nagle wait between head and body
        out.flush();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        connections.shutdownNow();
    }
}

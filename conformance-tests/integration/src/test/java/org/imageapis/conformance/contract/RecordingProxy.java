package org.imageapis.conformance.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imageapis.conformance.Headers;
import org.imageapis.conformance.OperationKey;
import org.imageapis.conformance.RecordedRequest;
import org.imageapis.conformance.RecordedResponse;

/**
 * A loopback HTTP/1.1 proxy between the client and the reference server that records every exchange as it
 * passed: the request as the client sent it and the response (status, headers, body) as the client received it.
 * The client returns models, not raw responses, so this is where the tests see what went over the wire.
 *
 * <p>The {@code Host} header is forwarded unchanged, so AK/SK signatures, which sign the host, verify at the
 * server; java.net.http allows that only with {@code -Djdk.httpclient.allowRestrictedHeaders=host}, which the
 * module's Surefire configuration sets.
 */
final class RecordingProxy implements AutoCloseable {

    /** One request and the response the proxy returned for it. */
    record Exchange(RecordedRequest request, RecordedResponse response) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Hop-by-hop and framing headers, which each side of the proxy sets itself. */
    private static final Set<String> NOT_FORWARDED =
            Set.of("connection", "content-length", "transfer-encoding", "keep-alive", "upgrade", "expect");

    private final HttpServer server;
    private final URI upstream;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Exchange> exchanges = new ArrayList<>();

    RecordingProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The exchanges recorded since the last {@link #drain()}, oldest first. */
    synchronized List<Exchange> recorded() {
        return List.copyOf(exchanges);
    }

    /** The exchanges recorded since the last call, oldest first; forgets them. */
    synchronized List<Exchange> drain() {
        List<Exchange> drained = List.copyOf(exchanges);
        exchanges.clear();
        return drained;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + exchange.getRequestURI().getRawQuery());
            HttpRequest.Builder request = HttpRequest.newBuilder(upstream.resolve(target))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.noBody());
            Headers requestHeaders = Headers.none();
            for (Map.Entry<String, List<String>> header :
                    exchange.getRequestHeaders().entrySet()) {
                for (String value : header.getValue()) {
                    requestHeaders = requestHeaders.with(header.getKey(), value);
                    if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                        request.header(header.getKey(), value);
                    }
                }
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            RecordedResponse recorded =
                    record(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), response);
            synchronized (this) {
                exchanges.add(new Exchange(
                        new RecordedRequest(exchange.getRequestMethod(), target, requestHeaders), recorded));
            }
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> exchange.getResponseHeaders().add(name, value));
                }
            });
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
        }
    }

    private static RecordedResponse record(String method, String path, HttpResponse<byte[]> response)
            throws IOException {
        Headers headers = Headers.none();
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            for (String value : header.getValue()) {
                headers = headers.with(header.getKey(), value);
            }
        }
        JsonNode body = response.body().length == 0 ? null : JSON.readTree(response.body());
        return new RecordedResponse(
                OperationKey.route(method, path),
                response.statusCode(),
                headers,
                response.headers().firstValue("Content-Type").orElse(null),
                body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

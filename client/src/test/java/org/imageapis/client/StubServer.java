package org.imageapis.client;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imageapis.signing.SignableRequest;

/** An in-process HTTP server on 127.0.0.1 that records each request and answers from a script. */
final class StubServer implements AutoCloseable {

    /**
     * A request as received: the raw (still encoded) URI, the headers, the protocol of its request line and the
     * client's port (the same port for two requests means one connection carried both).
     */
    record Received(String method, URI uri, Headers headers, String protocol, int clientPort) {
        String header(String name) {
            return headers.getFirst(name);
        }

        /** The query, decoded, each parameter's values in order. */
        Map<String, List<String>> decodedQuery() {
            if (uri.getRawQuery() == null) {
                return Map.of();
            }
            return Arrays.stream(uri.getRawQuery().split("&"))
                    .map(pair -> pair.split("=", 2))
                    .collect(Collectors.groupingBy(
                            pair -> decode(pair[0]),
                            LinkedHashMap::new,
                            Collectors.mapping(pair -> decode(pair[1]), Collectors.toList())));
        }

        /** The request as a signature verifier reads it: decoded path and query, and every header's first value. */
        SignableRequest signable() {
            SignableRequest.Builder request =
                    SignableRequest.builder().method(method).path(uri.getPath()).queryParameters(decodedQuery());
            headers.forEach((name, values) -> request.header(name, values.get(0)));
            return request.build();
        }

        private static String decode(String value) {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
    }

    /** A scripted answer. */
    record Reply(int status, Map<String, String> headers, String body, long delayMillis) {
        static Reply json(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json"), body, 0);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> all = new java.util.LinkedHashMap<>(headers);
            all.put(name, value);
            return new Reply(status, all, body, delayMillis);
        }

        Reply delayed(long millis) {
            return new Reply(status, headers, body, millis);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Reply> script = new ArrayDeque<>();
    private Function<Received, Reply> fallback = request -> Reply.json(500, "{\"error_msg\":\"no reply scripted\"}");

    StubServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try (exchange;
                    InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
                Received request = new Received(
                        exchange.getRequestMethod(),
                        exchange.getRequestURI(),
                        exchange.getRequestHeaders(),
                        exchange.getProtocol(),
                        exchange.getRemoteAddress().getPort());
                received.add(request);
                Reply reply = next(request);
                if (reply.delayMillis() > 0) {
                    Thread.sleep(reply.delayMillis());
                }
                reply.headers().forEach(exchange.getResponseHeaders()::add);
                byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    exchange.getResponseBody().write(bytes);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException clientWentAway) {
                // the client timed out or closed the connection; nothing to answer
            }
        });
        server.start();
    }

    /** Queues answers, used one per request in order; after them the fallback answers. */
    StubServer reply(Reply... replies) {
        synchronized (script) {
            script.addAll(List.of(replies));
        }
        return this;
    }

    /** Answers every request not covered by the queued replies. */
    StubServer fallback(Function<Received, Reply> fallback) {
        this.fallback = fallback;
        return this;
    }

    private Reply next(Received request) {
        synchronized (script) {
            Reply reply = script.poll();
            return reply != null ? reply : fallback.apply(request);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Received> received() {
        return received;
    }

    Received last() {
        return received.get(received.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}

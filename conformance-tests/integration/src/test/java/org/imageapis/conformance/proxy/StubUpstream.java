package org.imageapis.conformance.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A loopback upstream that answers what a test tells it to, and records what it received: the drifting, slow or
 * odd upstream the reference server never is.
 */
final class StubUpstream implements AutoCloseable {

    /** A request as the upstream received it. */
    record Received(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(",", e.getValue()))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** What to answer. */
    record Answer(int status, Map<String, String> headers, byte[] body, long delayMillis) {
        static Answer json(int status, String body, String... headers) {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("Content-Type", "application/json");
            map.put("X-Request-Id", "0123456789abcdef0123456789abcdef");
            for (int i = 0; i < headers.length; i += 2) {
                map.put(headers[i], headers[i + 1]);
            }
            return new Answer(status, map, body.getBytes(StandardCharsets.UTF_8), 0);
        }

        Answer delayed(long millis) {
            return new Answer(status, headers, body, millis);
        }

        Answer withBody(byte[] newBody) {
            return new Answer(status, headers, newBody, delayMillis);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Function<Received, Answer> answers;

    StubUpstream(Function<Received, Answer> answers) throws IOException {
        this.answers = answers;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Received request = new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    exchange.getRequestBody().readAllBytes());
            received.add(request);
            Answer answer = answers.apply(request);
            if (answer.delayMillis() > 0) {
                try {
                    Thread.sleep(answer.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            answer.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            // The JDK server sends no body to HEAD, whatever it is given.
            boolean bodiless = answer.body().length == 0 || request.method().equals("HEAD");
            exchange.sendResponseHeaders(answer.status(), bodiless ? -1 : answer.body().length);
            if (bodiless) {
                return;
            }
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

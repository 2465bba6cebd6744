package org.imageapis.client.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Sends with a java.net.http {@code HttpClient}: the caller's, or the client's own for https. */
final class JdkHttpSender implements Sender {

    private final HttpClient http;

    JdkHttpSender(HttpClient http) {
        this.http = http;
    }

    @Override
    public Reply send(URI uri, Map<String, String> headers, Duration timeout) throws IOException, InterruptedException {
        HttpResponse<byte[]> response =
                http.send(request(uri, headers, timeout), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(response.statusCode(), response.headers(), response.body());
    }

    HttpRequest request(URI uri, Map<String, String> headers, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET().timeout(timeout);
        if ("http".equals(uri.getScheme())) {
            // With its default version, java.net.http offers a plain-http server an upgrade to h2c on
            // every request; servers rarely take it, and against the reference server it made each
            // call take about a third longer (BENCHMARKS.md). Over https the HttpClient's version
            // applies: HTTP/2 where the server offers it through ALPN.
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        headers.forEach(builder::header);
        return builder.build();
    }
}

package org.imageapis.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With a java.net.http {@code HttpClient} (the caller's for every call, the client's own for https), plain http is
 * spoken as HTTP/1.1 whatever the HttpClient's version: java.net.http's HTTP/2 attempt there is an h2c upgrade
 * offer on each request. Over https the request names no version, so the HttpClient's applies and HTTP/2 is
 * negotiated (ALPN) where the server offers it.
 */
class ProtocolVersionTest {

    private final JdkHttpSender sender = new JdkHttpSender(HttpClient.newHttpClient());

    @Test
    void plainHttpIsSentAsHttp11() {
        assertThat(sender.request(URI.create("http://127.0.0.1:8080/v2"), Map.of(), Duration.ofSeconds(5))
                        .version())
                .contains(HttpClient.Version.HTTP_1_1);
    }

    @Test
    void httpsLeavesTheVersionToTheHttpClient() {
        assertThat(sender.request(
                                URI.create("https://swr-api.eu-de.otc.t-systems.com/v2"),
                                Map.of(),
                                Duration.ofSeconds(5))
                        .version())
                .isEmpty();
    }
}

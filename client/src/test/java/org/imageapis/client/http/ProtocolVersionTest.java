package org.imageapis.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.imageapis.client.RetryPolicy;
import org.junit.jupiter.api.Test;

/**
 * Plain http is spoken as HTTP/1.1, whatever the HttpClient's version: java.net.http's HTTP/2
 * attempt there is an h2c upgrade offer on each request. Over https the request names no version,
 * so the HttpClient's applies and HTTP/2 is negotiated (ALPN) where the server offers it.
 */
class ProtocolVersionTest {

    private final Transport transport = new Transport(
            HttpClient.newHttpClient(),
            request -> Map.of(),
            RetryPolicy.disabled(),
            Duration.ofSeconds(5),
            Sleeper.THREAD,
            Clock.systemUTC());
    private final ApiRequest request =
            ApiRequest.path("v2", "manage", "shared-repositories").build();

    @Test
    void plainHttpIsSentAsHttp11() {
        assertThat(transport
                        .httpRequest(URI.create("http://127.0.0.1:8080"), request)
                        .version())
                .contains(HttpClient.Version.HTTP_1_1);
    }

    @Test
    void httpsLeavesTheVersionToTheHttpClient() {
        assertThat(transport
                        .httpRequest(URI.create("https://swr-api.eu-de.otc.t-systems.com"), request)
                        .version())
                .isEmpty();
    }
}

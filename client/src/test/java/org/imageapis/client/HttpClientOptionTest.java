package org.imageapis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.imageapis.client.StubServer.Reply;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A caller-supplied {@code HttpClient} carries the calls, with its proxy; the client's protocol rule still holds. */
class HttpClientOptionTest {

    private static final ListSharedRepositoriesRequest REQUEST =
            ListSharedRepositoriesRequest.builder().build();

    private final StubServer server = new StubServer().fallback(request -> Reply.json(200, "[]"));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void callsGoThroughTheCallersHttpClientAndItsProxy() {
        HttpClient viaProxy = HttpClient.newBuilder()
                .proxy(ProxySelector.of(
                        new InetSocketAddress("127.0.0.1", server.uri().getPort())))
                .build();
        ImageApisClient client = new TestClients()
                .builder(server.uri())
                .endpoint(Service.SWR, URI.create("http://swr.example.invalid"))
                .httpClient(viaProxy)
                .build();

        client.swr().listSharedRepositories(REQUEST);

        // A proxied request names the origin server in its request line: only the proxy could have received it.
        assertThat(server.last().uri()).hasHost("swr.example.invalid").hasPath("/v2/manage/shared-repositories");
    }

    @Test
    void plainHttpIsHttp11EvenWhenTheHttpClientPrefersHttp2() {
        ImageApisClient client = new TestClients()
                .builder(server.uri())
                .httpClient(HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_2)
                        .build())
                .build();

        client.swr().listSharedRepositories(REQUEST);

        assertThat(server.last().header("Upgrade")).isNull();
        assertThat(server.last().header("HTTP2-Settings")).isNull();
    }

    @Test
    void aConnectTimeoutCannotApplyToTheCallersHttpClient() {
        ImageApisClient.Builder builder = new TestClients()
                .builder(server.uri())
                .httpClient(HttpClient.newHttpClient())
                .connectTimeout(Duration.ofSeconds(5));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connectTimeout")
                .hasMessageContaining("httpClient(...)");
    }
}

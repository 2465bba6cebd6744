package org.imageapis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.imageapis.client.StubServer.Reply;
import org.imageapis.client.errors.ServiceException;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.imageapis.client.swr.SharedRepositoriesPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plain-http calls without a caller's {@code HttpClient} go out on the calling thread (HttpURLConnection) and keep
 * the behaviour of the java.net.http path: HTTP/1.1, typed results, reused connections, no redirects followed.
 * Timeouts, connection failures and retries on this path are in {@link RetryTest}, error bodies in
 * {@link ErrorMappingTest}, signatures in {@link SigningTest}.
 */
class PlainHttpTransportTest {

    private static final ListSharedRepositoriesRequest REQUEST =
            ListSharedRepositoriesRequest.builder().limit(2).build();

    private final StubServer server = new StubServer();
    private final ImageApisClient client = new TestClients().client(server.uri());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPlainHttpCallIsHttp11AndReturnsTheTypedResult() {
        server.reply(Reply.json(200, "[{\"name\":\"a\"},{\"name\":\"b\"}]").withHeader("Content-Range", "0-1/7"));

        SharedRepositoriesPage page = client.swr().listSharedRepositories(REQUEST);

        assertThat(page.repositories())
                .extracting(repository -> repository.getName())
                .containsExactly("a", "b");
        assertThat(page.total()).hasValue(7);
        assertThat(server.last().protocol()).isEqualTo("HTTP/1.1");
        assertThat(server.last().header("Upgrade")).isNull();
        assertThat(server.last().header("Host"))
                .isEqualTo("127.0.0.1:" + server.uri().getPort());
    }

    @Test
    void oneConnectionCarriesSuccessiveCallsAndErrorsDoNotLoseIt() {
        server.fallback(request -> Reply.json(200, "[]"));
        server.reply(Reply.json(200, "[]"), Reply.json(404, "{\"error_code\":\"SVCSTG.SWR.4040000\"}"));

        client.swr().listSharedRepositories(REQUEST);
        catchThrowableOfType(ServiceException.class, () -> client.swr().listSharedRepositories(REQUEST));
        client.swr().listSharedRepositories(REQUEST);

        assertThat(server.received()).hasSize(3);
        assertThat(server.received())
                .extracting(StubServer.Received::clientPort)
                .containsOnly(server.received().get(0).clientPort());
    }

    @Test
    void aRedirectIsNotFollowed() {
        server.reply(Reply.json(302, "{}").withHeader("Location", server.uri() + "/elsewhere"));

        ServiceException error =
                catchThrowableOfType(ServiceException.class, () -> client.swr().listSharedRepositories(REQUEST));

        assertThat(error.status()).isEqualTo(302);
        assertThat(server.received()).hasSize(1);
    }
}

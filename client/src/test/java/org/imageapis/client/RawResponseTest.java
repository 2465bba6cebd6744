package org.imageapis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.imageapis.client.StubServer.Reply;
import org.imageapis.client.errors.InvalidResponseException;
import org.imageapis.client.errors.NotFoundException;
import org.imageapis.client.modelarts.ListImageGroupsRequest;
import org.imageapis.client.modelarts.model.ImageGroupPage;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.imageapis.client.swr.SharedRepositoriesPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code withRawResponse()}: the status and headers of a success, with the typed body. */
class RawResponseTest {

    private final StubServer server = new StubServer();
    private final ImageApisClient client = new TestClients().client(server.uri());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void statusHeadersAndRequestIdComeWithTheTypedBody() {
        server.reply(new Reply(203, java.util.Map.of("Content-Type", "application/json"), "[{\"name\":\"busybox\"}]", 0)
                .withHeader("X-Request-Id", "req-42")
                .withHeader("Content-Range", "0-1/9"));

        RawResponse<SharedRepositoriesPage> response = client.swr()
                .withRawResponse()
                .listSharedRepositories(
                        ListSharedRepositoriesRequest.builder().limit(1).build());

        assertThat(response.status()).isEqualTo(203);
        assertThat(response.requestId()).hasValue("req-42");
        assertThat(response.header("content-range")).hasValue("0-1/9");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("[{\"name\":\"busybox\"}]");
        SharedRepositoriesPage page = response.parse();
        assertThat(page.repositories()).hasSize(1);
        assertThat(page.total()).hasValue(9);
        assertThat(response.parse()).isSameAs(page);
        assertThat(server.last().uri().getRawQuery()).isEqualTo("limit=1");
    }

    @Test
    void aBodyThatDoesNotFitFailsOnParseNotOnTheCall() {
        server.reply(Reply.json(200, "{\"total\":\"many\"}"));

        RawResponse<ImageGroupPage> response = client.modelArts()
                .withRawResponse()
                .listImageGroups(ListImageGroupsRequest.builder().build());

        assertThat(response.status()).isEqualTo(200);
        assertThatThrownBy(response::parse).isInstanceOf(InvalidResponseException.class);
    }

    @Test
    void errorStatusesThrowAsTheTypedCallsDo() {
        server.reply(Reply.json(404, "{\"error_code\":\"X.404\",\"error_msg\":\"gone\"}"));

        assertThatThrownBy(() -> client.modelArts()
                        .withRawResponse()
                        .listImageGroups(ListImageGroupsRequest.builder().build()))
                .isInstanceOf(NotFoundException.class);
    }
}

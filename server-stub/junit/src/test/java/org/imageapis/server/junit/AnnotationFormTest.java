package org.imageapis.server.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.imageapis.client.Credentials;
import org.imageapis.client.ImageApisClient;
import org.imageapis.client.Service;
import org.imageapis.client.errors.UnauthorizedException;
import org.imageapis.client.modelarts.ListImageGroupsRequest;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.imageapis.client.workspace.ListImageServersRequest;
import org.junit.jupiter.api.Test;

/** The annotation form: configuration, the client builder, the injected client, constructor injection. */
@ImageApisServerTest(
        generate = 50,
        tokens = {"first-token", "second-token"},
        accessKeys = "TESTAK:test-secret-key",
        projectId = "project-7",
        region = "eu-de")
class AnnotationFormTest {

    private final ImageApisServer fromConstructor;

    AnnotationFormTest(ImageApisServer server) {
        this.fromConstructor = server;
    }

    @Test
    void theClientBuilderReachesEveryApiWithAnAcceptedToken(ImageApisServer server) {
        ImageApisClient client = server.clientBuilder()
                .credentials(Credentials.token("second-token"))
                .build();

        assertThat(client.modelArts()
                        .listImageGroups(ListImageGroupsRequest.builder()
                                .name("synthetic")
                                .build())
                        .getTotal())
                .isEqualTo(50);
        assertThat(client.workspace()
                        .listImageServers(ListImageServersRequest.builder()
                                .serverName("synthetic")
                                .build())
                        .getCount())
                .isEqualTo(50);
        assertThat(client.swr()
                        .listSharedRepositories(ListSharedRepositoriesRequest.builder()
                                .name("synthetic")
                                .build())
                        .total())
                .hasValue(50);
        for (Service service : Service.values()) {
            assertThat(client.endpoint(service)).isEqualTo(server.baseUri(service));
        }
        assertThat(server.journal().last(Service.SWR).orElseThrow().header("X-Auth-Token"))
                .contains("****");
        assertThat(server.journal().last(Service.MODELARTS).orElseThrow().path())
                .isEqualTo("/v1/project-7/images/group");
    }

    @Test
    void aTokenNotListedIsRefused(ImageApisServer server) {
        ImageApisClient client = server.clientBuilder()
                .credentials(Credentials.token("other-token"))
                .build();

        assertThatThrownBy(() -> client.swr()
                        .listSharedRepositories(
                                ListSharedRepositoriesRequest.builder().build()))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void theListedAccessKeySigns(ImageApisServer server) {
        ImageApisClient client = server.clientBuilder()
                .credentials(Credentials.accessKey("TESTAK", "test-secret-key"))
                .build();
        ImageApisClient wrongSecret = server.clientBuilder()
                .credentials(Credentials.accessKey("TESTAK", "not-the-secret"))
                .build();

        assertThat(client.swr()
                        .listSharedRepositories(
                                ListSharedRepositoriesRequest.builder().build())
                        .total())
                .hasValue(55);
        assertThatThrownBy(() -> wrongSecret
                        .swr()
                        .listSharedRepositories(
                                ListSharedRepositoriesRequest.builder().build()))
                .isInstanceOf(UnauthorizedException.class);
        assertThat(server.accessKeys()).containsEntry("TESTAK", "test-secret-key");
    }

    @Test
    void anInjectedClientUsesTheFirstToken(ImageApisClient client, ImageApisServer server) {
        client.swr()
                .listSharedRepositories(ListSharedRepositoriesRequest.builder().build());

        assertThat(server.journal().requests()).hasSize(1);
        assertThat(server.tokens()).containsExactly("first-token", "second-token");
        assertThat(server.projectId()).isEqualTo("project-7");
    }

    @Test
    void theConstructorGetsTheClassServer(ImageApisServer server) {
        assertThat(fromConstructor).isSameAs(server);
        assertThat(server.isRunning()).isTrue();
    }
}

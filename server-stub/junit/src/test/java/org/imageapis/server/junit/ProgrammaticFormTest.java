package org.imageapis.server.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.imageapis.client.Credentials;
import org.imageapis.client.ImageApisClient;
import org.imageapis.client.Service;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The programmatic form in a static field: one server for the class (and its nested classes), configured in code. */
class ProgrammaticFormTest {

    @RegisterExtension
    static ImageApisServerExtension server = ImageApisServerExtension.builder()
            .accessKey("PROGAK", "prog-secret")
            .tokens("prog-token")
            .prefer(false)
            .generate(2)
            .build();

    private static ImageApisServer seen;

    @AfterAll
    static void theServerOutlivedEveryTest() {
        assertThat(seen).isNotNull();
        assertThat(seen.isRunning()).as("stopped after the class, not before").isTrue();
    }

    @Test
    void servesWithItsOwnCredentials() {
        seen = server.server();
        ImageApisClient client = server.clientBuilder()
                .credentials(Credentials.accessKey("PROGAK", "prog-secret"))
                .build();

        assertThat(client.swr()
                        .listSharedRepositories(
                                ListSharedRepositoriesRequest.builder().build())
                        .total())
                .hasValue(7);
        assertThat(server.journal().last(Service.SWR).orElseThrow().header("Authorization"))
                .hasValueSatisfying(authorization ->
                        assertThat(authorization).contains("Access=PROGAK").endsWith("Signature=****"));
    }

    @Test
    void preferIsOff() {
        HttpResponse<String> response =
                Http.send(HttpRequest.newBuilder(server.baseUri().resolve(Http.SWR))
                        .header("X-Auth-Token", "prog-token")
                        .header("Prefer", "code=500"));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void theInjectedServerIsTheFieldsServer(ImageApisServer injected, ImageApisClient client) {
        assertThat(injected).isSameAs(server.server());
        assertThat(client.swr()
                        .listSharedRepositories(
                                ListSharedRepositoriesRequest.builder().build())
                        .total())
                .hasValue(7);
        assertThat(server.baseUri(Service.HSS)).isEqualTo(server.baseUri());
    }

    @Nested
    class Nested1 {
        @Test
        void usesTheSameServer(ImageApisServer injected) {
            assertThat(injected).isSameAs(server.server());
            assertThat(injected.isRunning()).isTrue();
        }
    }
}

package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import org.imageapis.registry.ApiEntry;
import org.imageapis.registry.ApiRegistry;
import org.imageapis.registry.OperationEntry;
import org.imageapis.server.control.ApiRoutes;
import org.imageapis.server.http.ErrorCodes;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every API of the registry (one per spec bundle) is known to each of the server's lists: its routes, error codes,
 * served spec, Swagger UI entry and training requests, and the server answers its documented example request.
 */
class RegistryCoverageTest {

    private static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.builtIn();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<ApiEntry> apis() {
        return ApiRegistry.apis();
    }

    @ParameterizedTest
    @MethodSource("apis")
    void eachOperationIsRoutedToItsApiAndAnswersItsExample(ApiEntry api) {
        Specs.Api specsApi = Specs.Api.fromId(api.id());
        for (OperationEntry operation : api.operations()) {
            String path = operation.examplePath().split("\\?", 2)[0];
            assertThat(ApiRoutes.apiOf(path)).as("route of %s", operation).isEqualTo(specsApi);
            assertThat(ErrorCodes.forStatus(400, path)).isEqualTo(api.errorCodePrefix() + ".0400");
            assertThat(server.get(specsApi, operation.examplePath(), "region", "cn-north-4")
                            .status())
                    .as("answer to %s", operation.examplePath())
                    .isEqualTo(200);
        }
    }

    @ParameterizedTest
    @MethodSource("apis")
    void eachSpecIsServedAndListedInSwaggerUi(ApiEntry api) {
        HttpResult spec = server.send(HttpRequest.newBuilder(server.uri("/openapi/" + api.id() + ".yaml")));
        HttpResult initializer = server.send(HttpRequest.newBuilder(server.uri("/docs/swagger-initializer.js")));

        assertThat(spec.status()).isEqualTo(200);
        assertThat(initializer.body())
                .contains("{\"url\":\"../openapi/" + api.id() + ".yaml\",\"name\":\"" + api.title() + "\"}");
    }

    @ParameterizedTest
    @MethodSource("apis")
    void trainingSendsEachExampleRequest(ApiEntry api) {
        assertThat(StartupTraining.paths())
                .containsAll(api.operations().stream()
                        .map(OperationEntry::examplePath)
                        .toList())
                .contains("/openapi/" + api.id() + ".yaml");
    }

    @Test
    void pathsOutsideTheApisAreTheGatewaysAndHaveNoApi() {
        assertThat(ApiRoutes.apiOf("/docs/")).isNull();
        assertThat(ErrorCodes.forStatus(400, "/docs/")).isEqualTo("IMGAPI.0400");
        assertThat(ErrorCodes.forStatus(414, "/v2/manage/shared-repositories")).isEqualTo("IMGAPI.0414");
    }
}

package org.imageapis.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiRegistryTest {

    @Test
    void readsEachApisFactsFromItsBundle() {
        ApiEntry swr = ApiRegistry.byId("swr");
        assertThat(swr.title()).isEqualTo("SWR shared repositories");
        assertThat(swr.serviceName()).isEqualTo("SoftWare Repository for Container");
        assertThat(swr.errorCodePrefix()).isEqualTo("SWR");
        assertThat(swr.servers())
                .extracting(ServerEntry::url)
                .containsExactly(
                        "https://swr-api.{region}.myhuaweicloud.com",
                        "https://swr-api.{region}.myhuaweicloud.eu",
                        "https://swr-api.{region}.otc.t-systems.com");
        assertThat(swr.servers().get(1).regions()).containsExactly("eu-west-101");
        assertThat(swr.servers().get(0).regions()).isEmpty();
        assertThat(swr.servers().get(2).defaultRegion()).isEqualTo("eu-de");
        assertThat(swr.operations()).singleElement().satisfies(operation -> {
            assertThat(operation.id()).isEqualTo("listSharedRepositories");
            assertThat(operation.method()).isEqualTo("GET");
            assertThat(operation.pathTemplate()).isEqualTo("/v2/manage/shared-repositories");
            assertThat(operation.examplePath()).isEqualTo("/v2/manage/shared-repositories");
            assertThat(operation.limitParameter()).isEqualTo("limit");
        });
    }

    @Test
    void examplePathIsTheFirstDocumentedRequestWithItsPathParametersFilled() {
        assertThat(ApiRegistry.byId("modelarts").operations().get(0).examplePath())
                .isEqualTo("/v1/0123456789abcdef/images/group");
        assertThat(ApiRegistry.byId("workspace").operations().get(0).examplePath())
                .isEqualTo("/v1/a4da8115c9d8464ead3a38309130523f/image-servers?limit=10&offset=0");
        assertThat(ApiRegistry.byId("hss").operations().get(0).examplePath())
                .startsWith("/v5/0123456789abcdef/image/0123456789abcdef/basic-image?offset=0&limit=200&");
    }

    @Test
    void routesAPathToTheApiThatServesIt() {
        assertThat(ApiRegistry.forPath("/v1/p/images/group")).map(ApiEntry::id).contains("modelarts");
        assertThat(ApiRegistry.forPath("/v1/p/image-servers/"))
                .map(ApiEntry::id)
                .contains("workspace");
        assertThat(ApiRegistry.forPath("/v5/p/image/i/basic-image"))
                .map(ApiEntry::id)
                .contains("hss");
        assertThat(ApiRegistry.forPath("/v2/manage/shared-repositories"))
                .map(ApiEntry::id)
                .contains("swr");
    }

    @Test
    void aPathParameterIsOneNonEmptySegmentAndLiteralsMatchExactly() {
        assertThat(ApiRegistry.forPath("/v1//images/group")).isEmpty();
        assertThat(ApiRegistry.forPath("/v1/a/b/images/group")).isEmpty();
        assertThat(ApiRegistry.forPath("/v2/manage/shared-repositoriesX")).isEmpty();
        assertThat(ApiRegistry.forPath("/v2/manage/shared.repositories")).isEmpty();
        assertThat(ApiRegistry.forPath("/docs/")).isEmpty();
    }

    @Test
    void anUnknownIdNamesTheKnownOnes() {
        assertThat(ApiRegistry.find("ecs")).isEmpty();
        assertThatThrownBy(() -> ApiRegistry.byId("ecs"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown API 'ecs'; known APIs: hss, modelarts, swr, workspace");
    }
}

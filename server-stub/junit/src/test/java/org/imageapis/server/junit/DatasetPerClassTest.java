package org.imageapis.server.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.imageapis.client.ImageApisClient;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A dataset from the test class path, per class: a {@code @Nested} class shares its enclosing class's server
 * unless it carries its own annotation.
 */
@ImageApisServerTest(dataset = "classpath:tiny-dataset.json")
class DatasetPerClassTest {

    private static java.util.List<String> swrNames(ImageApisClient client) {
        return client
                .swr()
                .listSharedRepositories(ListSharedRepositoriesRequest.builder().build())
                .repositories()
                .stream()
                .map(repository -> repository.getName())
                .toList();
    }

    @Test
    void servesTheClasspathDataset(ImageApisClient client) {
        assertThat(swrNames(client)).containsExactly("only-in-tiny", "also-in-tiny");
        assertThat(client.modelArts()
                        .listImageGroups(org.imageapis.client.modelarts.ListImageGroupsRequest.builder()
                                .build())
                        .getTotal())
                .isZero();
    }

    @Nested
    class WithoutItsOwnAnnotation {

        @Test
        void sharesTheEnclosingServer(ImageApisClient client) {
            assertThat(swrNames(client)).containsExactly("only-in-tiny", "also-in-tiny");
        }
    }

    @Nested
    @ImageApisServerTest(generate = 3)
    class WithItsOwnAnnotation {

        @Test
        void hasItsOwnServerAndDataset(ImageApisClient client) {
            assertThat(swrNames(client))
                    .hasSize(8)
                    .contains("synthetic-repo-000002")
                    .doesNotContain("only-in-tiny");
        }
    }
}

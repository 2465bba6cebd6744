package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.StreamSupport;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelArtsApiTest {

    private static final String PATH = "/v1/0123456789abcdef/images/group";
    private static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.builtIn();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResult get(String query) {
        return server.get(Specs.Api.MODELARTS, PATH + query);
    }

    private static List<String> names(HttpResult result) {
        return StreamSupport.stream(result.json().get("data").spliterator(), false)
                .map(group -> group.get("name").asText())
                .toList();
    }

    @Test
    void ownImagesOfTheDefaultWorkspaceAreTheDocExample() throws IOException {
        JsonNode example = DocExample.read("modelarts", "list-image-groups-200.page-000.json");

        HttpResult result = get("?type=DEDICATED");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json()).isEqualTo(example);
    }

    @Test
    void withoutFiltersListsTheDefaultWorkspaceOnly() {
        HttpResult result = get("");

        assertThat(names(result)).hasSize(7).doesNotContain("custom-train");
        assertThat(result.json().get("total").asLong()).isEqualTo(7);
    }

    @Test
    void nameMatchesAsSubstringUnlessFuzzyMatchIsOff() {
        assertThat(names(get("?name=pytorch"))).containsExactly("pytorch_1_8", "pytorch_2_1-notebook");
        assertThat(names(get("?name=pytorch&name_fuzzy_match=false"))).isEmpty();
        assertThat(names(get("?name=pytorch_1_8&name_fuzzy_match=false"))).containsExactly("pytorch_1_8");
    }

    @Test
    void filtersByNamespaceTypeServiceTypeWorkspaceAndSwrInstance() {
        assertThat(names(get("?namespace=mock-service1"))).containsExactly("mock-service-python");
        assertThat(names(get("?type=BUILD_IN")))
                .containsExactly("mindspore_2_2", "pytorch_2_1-notebook", "ubuntu_22_04-base", "legacy-runtime");
        assertThat(names(get("?service_type=INFERENCE"))).containsExactly("123", "mock-service-python");
        assertThat(names(get("?service_type=DEV"))).containsExactly("pytorch_2_1-notebook");
        assertThat(names(get("?workspace_id=2f1c8a7e4b5d4f6e9a0b1c2d3e4f5a6b"))).containsExactly("custom-train");
        assertThat(names(get("?workspace_id=nope"))).isEmpty();

        HttpResult enterprise = get("?workspace_id=2f1c8a7e4b5d4f6e9a0b1c2d3e4f5a6b"
                + "&swr_instance_id=8f2a6c1e-3b7d-4e9f-a0c5-1d2e3f4a5b6c");
        assertThat(names(enterprise)).containsExactly("custom-train");
        assertThat(enterprise.json().get("is_swr_enterprise").asBoolean()).isTrue();
        assertThat(get("?type=DEDICATED").json().has("is_swr_enterprise")).isFalse();
    }

    @Test
    void sortsByCommaSeparatedKeysDescendingUnlessAscending() {
        assertThat(names(get("?type=BUILD_IN&sort_key=create_at")))
                .containsExactly("pytorch_2_1-notebook", "mindspore_2_2", "ubuntu_22_04-base", "legacy-runtime");
        assertThat(names(get("?type=BUILD_IN&sort_key=create_at&sort_dir=ASC")))
                .containsExactly("legacy-runtime", "ubuntu_22_04-base", "mindspore_2_2", "pytorch_2_1-notebook");
        // version_count ties (1, 1, 1) are broken by the second key.
        assertThat(names(get("?type=DEDICATED&sort_key=version_count,name&sort_dir=ASC")))
                .containsExactly("123", "mock-service-python", "pytorch_1_8");
    }

    @Test
    void pagesCountFromOneAndCoverTheTotal() {
        JsonNode page = get("?sort_key=name&sort_dir=ASC&limit=3&offset=3").json();

        assertThat(page.get("current").asInt()).isEqualTo(2);
        assertThat(page.get("pages").asInt()).isEqualTo(3);
        assertThat(page.get("size").asInt()).isEqualTo(3);
        assertThat(page.get("total").asLong()).isEqualTo(7);
        assertThat(names(get("?sort_key=name&sort_dir=ASC&limit=3&offset=3")))
                .containsExactly("mock-service-python", "pytorch_1_8", "pytorch_2_1-notebook");
    }

    @Test
    void offsetPastTheEndGivesAnEmptyPageWithTheTotal() {
        JsonNode page = get("?offset=50").json();

        assertThat(page.get("data")).isEmpty();
        assertThat(page.get("size").asInt()).isZero();
        assertThat(page.get("total").asLong()).isEqualTo(7);
    }

    @Test
    void noMatchGivesZeroPages() {
        JsonNode page = get("?namespace=nobody").json();

        assertThat(page.get("total").asLong()).isZero();
        assertThat(page.get("pages").asInt()).isZero();
        assertThat(page.get("data")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "?limit=0",
                "?limit=-1",
                "?offset=-1",
                "?limit=abc",
                "?offset=1.5",
                "?type=OWN",
                "?service_type=train",
                "?sort_dir=UP",
                "?sort_key=size",
                "?name=UPPER",
                "?name_fuzzy_match=yes"
            })
    void badParametersAre400WithTheServiceCode(String query) {
        HttpResult result = get(query);

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("MODELARTS.0400");
        String parameter = query.substring(1, query.indexOf('='));
        assertThat(result.errorMessage()).contains("parameter " + parameter);
    }
}

package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.imageapis.server.auth.Credentials;
import org.imageapis.server.data.DatasetLoader;
import org.imageapis.server.data.SyntheticData;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkspaceApiTest {

    private static final String PATH = "/v1/a4da8115c9d8464ead3a38309130523f/image-servers";
    private static final String FINANCE = "6e1d2c3b-4a5f-4e6d-8c7b-9a0f1e2d3c4b";
    private static ServerFixture server;

    @BeforeAll
    static void start() {
        // 25 synthetic servers in the default enterprise project, after the built-in ones.
        server = ServerFixture.start(
                DatasetLoader.builtIn().plus(SyntheticData.generate(25)),
                new Credentials(List.of(), Map.of()),
                Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode example() throws IOException {
        return DocExample.read("workspace", "list-image-servers-200.json");
    }

    private static HttpResult get(String query) {
        return server.get(Specs.Api.WORKSPACE, PATH + query);
    }

    private static List<String> names(HttpResult result) {
        return StreamSupport.stream(result.json().get("items").spliterator(), false)
                .map(item -> item.get("name").asText())
                .toList();
    }

    @Test
    void theDocExampleRequestAnswersTheDocExampleWithTheBuiltInDataset() throws IOException {
        try (ServerFixture builtIn = ServerFixture.builtIn()) {
            HttpResult result = builtIn.get(Specs.Api.WORKSPACE, PATH + "?limit=10&offset=0");

            assertThat(result.json()).isEqualTo(example());
        }
    }

    @Test
    void theDocExampleRecordsComeFirst() throws IOException {
        JsonNode example = example();

        JsonNode page = get("?limit=10&offset=0").json();

        assertThat(page.get("count").asInt()).isEqualTo(27);
        assertThat(page.get("items").get(0)).isEqualTo(example.get("items").get(0));
        assertThat(page.get("items").get(1)).isEqualTo(example.get("items").get(1));
    }

    @Test
    void serverNameMatchesPartOfTheName() {
        assertThat(names(get("?server_name=test_instance"))).containsExactly("test_instance_1", "test_instance_2");
        assertThat(names(get("?server_name=instance_2"))).containsExactly("test_instance_2");
        assertThat(names(get("?server_name=absent"))).isEmpty();
    }

    @Test
    void serverIdSelectsOneInstance() {
        HttpResult result = get("?server_id=627989489700044800");

        assertThat(names(result)).containsExactly("test_instance_2");
        assertThat(result.json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void emptyOrZeroEnterpriseProjectIsTheDefaultOne() {
        assertThat(get("?enterprise_project_id=").json().get("count").asInt()).isEqualTo(27);
        assertThat(get("?enterprise_project_id=0").json().get("count").asInt()).isEqualTo(27);
        assertThat(names(get("?enterprise_project_id=" + FINANCE)))
                .containsExactly("finance_instance_1", "finance_instance_2");
    }

    @Test
    void limitDefaultsToTenAndCountIsAllMatches() {
        HttpResult result = get("");

        assertThat(names(result)).hasSize(10);
        assertThat(result.json().get("count").asInt()).isEqualTo(27);
    }

    @Test
    void limitBoundsAreInclusive() {
        assertThat(names(get("?limit=1"))).containsExactly("test_instance_1");
        assertThat(names(get("?limit=100"))).hasSize(27);
    }

    @Test
    void offsetPagesThroughAndPastTheEnd() {
        assertThat(names(get("?limit=5&offset=25")))
                .containsExactly("synthetic_instance_000023", "synthetic_instance_000024");
        HttpResult past = get("?offset=27");
        assertThat(names(past)).isEmpty();
        assertThat(past.json().get("count").asInt()).isEqualTo(27);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?limit=0", "?limit=101", "?limit=ten", "?offset=-1", "?offset=2147483648"})
    void badPagingIs400(String query) {
        HttpResult result = get(query);

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("WORKSPACE.0400");
        assertThat(result.errorMessage()).contains("parameter " + query.substring(1, query.indexOf('=')));
    }
}

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

class HssApiTest {

    private static final String PROJECT = "/v5/0123456789abcdef/image/";
    private static final String REGION = "cn-north-4";
    private static final String PROXY_AGENT = "0f5e3b6a9c1d4e7f/basic-image?image_type=private_image"
            + "&namespace=scc_hss_container&image_name=proxy-agent&image_version=24.5.0-x86_64";
    private static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.start(
                DatasetLoader.builtIn().plus(SyntheticData.generate(250)),
                new Credentials(List.of(), Map.of()),
                Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResult get(String pathAndQuery) {
        return server.get(Specs.Api.HSS, PROJECT + pathAndQuery, "region", REGION);
    }

    private static List<String> osVersions(HttpResult result) {
        return StreamSupport.stream(result.json().get("data_list").spliterator(), false)
                .map(image -> image.get("os_name").asText() + " "
                        + image.get("os_version").asText())
                .toList();
    }

    @Test
    void theDocExampleRequestAnswersTheDocExample() throws IOException {
        JsonNode example = DocExample.read("hss", "list-image-basic-images-200.json");

        HttpResult result = get(PROXY_AGENT + "&offset=0&limit=200&enterprise_project_id=all_granted_eps");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json()).isEqualTo(example);
    }

    @Test
    void cicdImagesAreFoundByTypeAndIdAcrossGrantedProjects() {
        assertThat(osVersions(get("111/basic-image?offset=0&limit=200&image_type=cicd"
                        + "&enterprise_project_id=all_granted_eps")))
                .containsExactly("Debian 12", "Alpine 3.19");
        // Image 111 is not in the default enterprise project, which applies when none is named.
        assertThat(osVersions(get("111/basic-image?image_type=cicd"))).isEmpty();
        assertThat(osVersions(get("111/basic-image?image_type=cicd"
                        + "&enterprise_project_id=5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d")))
                .hasSize(2);
    }

    @Test
    void everyIdentityFilterMustMatch() {
        assertThat(osVersions(get(PROXY_AGENT))).containsExactly("Debian 9");
        assertThat(osVersions(get(PROXY_AGENT.replace("24.5.0", "24.4.0")))).isEmpty();
        assertThat(osVersions(get(PROXY_AGENT.replace("scc_hss_container", "other"))))
                .isEmpty();
        assertThat(osVersions(get(PROXY_AGENT.replace("proxy-agent", "other-agent"))))
                .isEmpty();
        assertThat(osVersions(get(PROXY_AGENT.replace("private_image", "shared_image"))))
                .isEmpty();
        assertThat(osVersions(get("unknown/basic-image?image_type=private_image")))
                .isEmpty();
    }

    @Test
    void osNameFiltersTheBaseImages() {
        HttpResult result = get("2a7c9e1b3d5f/basic-image?image_type=shared_image&os_name=Ubuntu");

        assertThat(osVersions(result)).containsExactly("Ubuntu 22.04", "Ubuntu 20.04");
        assertThat(result.json().get("total_num").asInt()).isEqualTo(2);
    }

    @Test
    void pagesWithinTheLimitBounds() {
        String synthetic = SyntheticData.HSS_IMAGE_ID + "/basic-image?image_type=cicd";

        assertThat(osVersions(get(synthetic + "&limit=10"))).hasSize(10);
        assertThat(osVersions(get(synthetic + "&limit=200&offset=200"))).hasSize(50);
        HttpResult past = get(synthetic + "&limit=10&offset=100000");
        assertThat(osVersions(past)).isEmpty();
        assertThat(past.json().get("total_num").asInt()).isEqualTo(250);
        assertThat(osVersions(get(synthetic))).hasSize(250);
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=9", "limit=201", "offset=-1", "offset=100001", "limit=x", "image_type=docker"})
    void outOfRangeOrMalformedParametersAre400(String parameter) {
        // JAX-RS reads the first value of a repeated parameter, so the one under test comes first.
        HttpResult result = get("111/basic-image?" + parameter + "&image_type=cicd");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("HSS.0400");
        assertThat(result.errorMessage()).contains("parameter " + parameter.substring(0, parameter.indexOf('=')));
    }

    @Test
    void imageTypeIsRequired() {
        HttpResult result = get("111/basic-image");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorMessage()).contains("parameter image_type");
    }

    @Test
    void regionHeaderIsRequired() {
        HttpResult result = server.get(Specs.Api.HSS, PROJECT + "111/basic-image?image_type=cicd");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("HSS.0400");
        assertThat(result.errorMessage()).contains("parameter region");
    }
}

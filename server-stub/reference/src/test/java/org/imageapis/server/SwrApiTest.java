package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SwrApiTest {

    private static final String PATH = "/v2/manage/shared-repositories";
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
        return server.get(Specs.Api.SWR, PATH + query, "Content-Type", "application/json");
    }

    private static String filter(String value) {
        return "?filter=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> names(HttpResult result) {
        return StreamSupport.stream(result.json().spliterator(), false)
                .map(repository -> repository.get("name").asText())
                .toList();
    }

    @Test
    void ownSharesOfTheExampleNamespaceAreTheDocExample() throws IOException {
        JsonNode example = DocExample.read("swr", "list-shared-repositories-200.json");

        HttpResult result = get("?center=self&namespace=namespace");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json()).isEqualTo(example);
        assertThat(result.header("Content-Range")).hasValue("0-1/1");
    }

    @Test
    void centerSeparatesOwnSharesFromThirdPartyShares() {
        assertThat(names(get("?center=self"))).containsExactly("busybox", "nginx", "postgres");
        assertThat(names(get("?center=thirdparty"))).containsExactly("busybox-musl", "python");
        assertThat(names(get(""))).hasSize(5);
    }

    @Test
    void nameMatchesPartOfTheNameAndOtherFiltersMatchExactly() {
        assertThat(names(get("?name=busybox"))).containsExactly("busybox", "busybox-musl");
        assertThat(names(get("?namespace=group"))).containsExactly("nginx", "postgres");
        assertThat(names(get("?domain_name=partner-domain"))).containsExactly("busybox-musl", "python");
        assertThat(names(get("?status=false"))).containsExactly("postgres", "busybox-musl");
        assertThat(names(get("?namespace=nobody"))).isEmpty();
    }

    @Test
    void totalIsInEveryElementAndInContentRange() {
        HttpResult result = get("?limit=2&offset=1");

        assertThat(names(result)).containsExactly("nginx", "postgres");
        assertThat(result.json().findValues("total_range"))
                .extracting(JsonNode::asLong)
                .containsOnly(5L);
        assertThat(result.header("Content-Range")).hasValue("1-2/5");
    }

    @Test
    void offsetPastTheEndGivesAnEmptyArray() {
        HttpResult result = get("?limit=10&offset=9");

        assertThat(result.json()).isEmpty();
        assertThat(result.header("Content-Range")).hasValue("9-0/5");
    }

    @Test
    void ordersByColumnDescendingUnlessAscending() {
        assertThat(names(get("?order_column=name&order_type=asc")))
                .containsExactly("busybox", "busybox-musl", "nginx", "postgres", "python");
        assertThat(names(get("?order_column=updated_at")))
                .containsExactly("python", "busybox-musl", "nginx", "postgres", "busybox");
        assertThat(names(get("?order_column=tag_count&order_type=desc&limit=1")))
                .containsExactly("python");
    }

    @Test
    void combinedFilterMeansTheSameAsSeparateParameters() {
        assertThat(names(get(filter("center::self|name::busybox|limit::10|offset::0"))))
                .containsExactly("busybox");
        assertThat(names(get(filter("center::thirdparty|order_column::name|order_type::desc"))))
                .containsExactly("python", "busybox-musl");
        HttpResult paged = get(filter("limit::1|offset::2|namespace::group"));
        assertThat(names(paged)).isEmpty();
        assertThat(paged.header("Content-Range")).hasValue("2-0/2");
    }

    @Test
    void filterWinsOverTheSeparateParameter() {
        assertThat(names(get(filter("limit::1") + "&limit=3"))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "?limit=abc",
                "?limit=1001",
                "?offset=-1",
                "?offset=x",
                "?center=all",
                "?order_column=size",
                "?order_type=up",
                "?namespace=Upper",
                "?status=maybe",
                "?filter=center:self",
                "?filter=color::red"
            })
    void badParametersAre400(String query) {
        HttpResult result = get(query);

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("SWR.0400");
        assertThat(result.errorMessage()).contains("parameter " + query.substring(1, query.indexOf('=')));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "center::all",
                "limit::ten",
                "offset::-1",
                "order_column::size",
                "order_type::up",
                "center::self|center::thirdparty"
            })
    void badValuesInsideFilterAre400(String value) {
        HttpResult result = get(filter(value));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("SWR.0400");
    }
}

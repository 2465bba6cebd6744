package org.imageapis.server.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import org.imageapis.client.Credentials;
import org.imageapis.client.ImageApisClient;
import org.imageapis.client.Service;
import org.imageapis.client.hss.ListImageBasicImagesRequest;
import org.imageapis.client.hss.model.HssImageType;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.imageapis.client.swr.model.SharedRepositoryCenter;
import org.junit.jupiter.api.Test;

/** The request journal: what it records, per API, and that no secret reaches it. */
@ImageApisServerTest(tokens = "journal-secret-token", accessKeys = "JOURNALAK:journal-secret-key")
class JournalTest {

    @Test
    void recordsMethodPathQueryHeadersAndApi(ImageApisServer server) {
        Instant before = Instant.now();
        ImageApisClient client = server.clientBuilder()
                .credentials(Credentials.token("journal-secret-token"))
                .build();
        client.swr()
                .listSharedRepositories(ListSharedRepositoriesRequest.builder()
                        .center(SharedRepositoryCenter.SELF)
                        .name("busy box/ü")
                        .limit(5)
                        .build());

        RecordedRequest request = server.journal().last().orElseThrow();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/v2/manage/shared-repositories");
        assertThat(request.service()).contains(Service.SWR);
        assertThat(request.queryParameters())
                .containsEntry("center", List.of("self"))
                .containsEntry("name", List.of("busy box/ü"))
                .containsEntry("limit", List.of("5"));
        assertThat(request.queryParameter("name")).contains("busy box/ü");
        assertThat(request.rawQuery())
                .hasValueSatisfying(query -> assertThat(query).contains("name=busy%20box%2F%C3%BC"));
        assertThat(request.header("content-type")).contains("application/json");
        assertThat(request.header("X-AUTH-TOKEN")).contains(RecordedRequest.REDACTED);
        assertThat(request.receivedAt()).isBetween(before.minusSeconds(1), Instant.now());
    }

    @Test
    void separatesTheApisAndRecordsOtherPathsWithoutOne(ImageApisServer server) {
        Http.get(server.baseUri(), Http.SWR);
        Http.get(server.baseUri(), Http.HSS);
        Http.get(server.baseUri(), Http.SWR);
        Http.send(HttpRequest.newBuilder(server.baseUri().resolve("openapi/hss.yaml")));

        assertThat(server.journal().requests()).hasSize(4);
        assertThat(server.journal().count(Service.SWR)).isEqualTo(2);
        assertThat(server.journal().count(Service.HSS)).isEqualTo(1);
        assertThat(server.journal().count(Service.MODELARTS)).isZero();
        assertThat(server.journal().last().orElseThrow().service()).isEmpty();
        assertThat(server.journal().last(Service.HSS).orElseThrow().header("region"))
                .contains("cn-north-4");
    }

    @Test
    void redactsTokensSecurityTokensAndSignatures(ImageApisServer server) {
        ImageApisClient token = server.clientBuilder()
                .credentials(Credentials.token("journal-secret-token"))
                .build();
        ImageApisClient temporary = server.clientBuilder()
                .credentials(Credentials.temporaryAccessKey(
                        "JOURNALAK", "journal-secret-key", "journal-secret-security-token"))
                .build();
        token.swr()
                .listSharedRepositories(ListSharedRepositoriesRequest.builder().build());
        try {
            temporary
                    .hss()
                    .listImageBasicImages(ListImageBasicImagesRequest.builder("111", HssImageType.CICD)
                            .build());
        } catch (RuntimeException ignored) {
            // whether the server accepts it does not matter here: what it received does
        }
        Http.send(HttpRequest.newBuilder(server.baseUri().resolve(Http.SWR)).header("Authorization", "Basic c2VjcmV0"));

        List<RecordedRequest> requests = server.journal().requests();
        assertThat(requests).hasSize(3);
        assertThat(requests.get(1).header("X-Security-Token")).contains("****");
        assertThat(requests.get(1).header("Authorization"))
                .hasValueSatisfying(authorization -> assertThat(authorization)
                        .startsWith("SDK-HMAC-SHA256 Access=JOURNALAK, SignedHeaders=")
                        .endsWith("Signature=****"));
        assertThat(requests.get(2).header("Authorization")).contains("****");
        String everything = requests.toString()
                + requests.stream().map(RecordedRequest::headers).toList();
        assertThat(everything)
                .doesNotContain(
                        "journal-secret-token", "journal-secret-security-token", "journal-secret-key", "c2VjcmV0")
                .contains("JOURNALAK");
        assertThat(everything).doesNotContainPattern("Signature=[0-9a-f]{8,}");
    }

    @Test
    void theJournalCanBeSwitchedOff(ImageApisServer server) {
        server.journal().disable();
        try {
            Http.get(server.baseUri(), Http.SWR);
            assertThat(server.journal().requests()).isEmpty();
        } finally {
            server.journal().enable();
        }
        Http.get(server.baseUri(), Http.SWR);
        assertThat(server.journal().requests()).hasSize(1);
        assertThat(server.journal().isEnabled()).isTrue();
    }
}

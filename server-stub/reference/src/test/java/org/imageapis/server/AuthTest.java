package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.imageapis.server.auth.Credentials;
import org.imageapis.server.data.DatasetLoader;
import org.imageapis.signing.AkSkCredentials;
import org.imageapis.signing.SignableRequest;
import org.imageapis.signing.Signer;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Token and AK/SK authentication, with requests signed by the client's {@link Signer}. */
class AuthTest {

    private static final Instant NOW = Instant.parse("2024-05-07T08:00:00Z");
    private static final String TOKEN = "listed-token";
    private static final AkSkCredentials KEY = AkSkCredentials.of("HPUAEXAMPLEACCESSKEY", "ExampleSecretKey0123456789");
    private static final String SWR = "/v2/manage/shared-repositories";
    private static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.start(
                DatasetLoader.builtIn(),
                new Credentials(List.of(TOKEN), Map.of(KEY.accessKey(), KEY.secretKey())),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/v1/p/images/group", "/v1/p/image-servers", "/v5/p/image/111/basic-image?image_type=cicd", SWR})
    void everyApiAnswers401WithoutCredentials(String path) {
        HttpResult result = server.send(HttpRequest.newBuilder(server.uri(path)), "region", "eu-de");

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.errorCode()).isEqualTo("APIGW.0301");
        assertThat(result.header("X-Request-Id")).isPresent();
    }

    @Test
    void onlyListedTokensAreAccepted() {
        assertThat(withToken(TOKEN).status()).isEqualTo(200);
        HttpResult other = withToken("some-other-token");
        assertThat(other.status()).isEqualTo(401);
        assertThat(other.body()).doesNotContain("some-other-token");
        assertThat(withToken(" ").status()).isEqualTo(401);
    }

    @Test
    void anyNonEmptyTokenIsAcceptedWhenNoneIsListed() {
        try (ServerFixture open = ServerFixture.builtIn()) {
            HttpResult result = open.send(HttpRequest.newBuilder(open.uri(SWR)), "X-Auth-Token", "whatever");
            assertThat(result.status()).isEqualTo(200);
        }
    }

    @Test
    void acceptsWhatRealClientsSign() {
        HttpResult result = signed(SWR + "?filter=center%3A%3Aself%7Cname%3A%3Abusy%20box&limit=5", KEY, NOW, null);

        assertThat(result.status()).as(result.body()).isEqualTo(200);
        SpecConformance.assertConforms(Specs.Api.SWR, result);
    }

    /** Jersey serves HEAD with the GET method; the signature covers HEAD, as the client sent it. Found by the TCK. */
    @Test
    void acceptsASignedHead() {
        HttpResult result = signed("HEAD", SWR, KEY, NOW, null);

        assertThat(result.status()).isEqualTo(200);
        assertThat(signed("HEAD", SWR, KEY, NOW.minus(Duration.ofHours(1)), null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void acceptsSignaturesWithinFifteenMinutesEitherWay() {
        assertThat(signed(SWR, KEY, NOW.minus(Duration.ofMinutes(14)), null).status())
                .isEqualTo(200);
        assertThat(signed(SWR, KEY, NOW.plus(Duration.ofMinutes(14)), null).status())
                .isEqualTo(200);
    }

    @Test
    void rejectsDatesMoreThanFifteenMinutesOff() {
        HttpResult late = signed(SWR, KEY, NOW.minus(Duration.ofMinutes(16)), null);

        assertThat(late.status()).isEqualTo(401);
        assertThat(late.errorMessage()).contains("X-Sdk-Date");
        assertThat(signed(SWR, KEY, NOW.plus(Duration.ofMinutes(16)), null).status())
                .isEqualTo(401);
    }

    @Test
    void rejectsUnknownAccessKeys() {
        HttpResult result = signed(SWR, AkSkCredentials.of("UNKNOWNKEY", KEY.secretKey()), NOW, null);

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.errorMessage()).contains("unknown access key");
    }

    @Test
    void rejectsAWrongSecretKeyWithoutRevealingEitherKey() {
        HttpResult result = signed(SWR, AkSkCredentials.of(KEY.accessKey(), "WrongSecret"), NOW, null);

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.errorMessage()).contains("signature does not match");
        assertThat(result.body()).doesNotContain("WrongSecret", KEY.secretKey());
    }

    @Test
    void rejectsARequestChangedAfterSigning() {
        HttpResult result = signed(SWR + "?limit=5", KEY, NOW, "?limit=6");

        assertThat(result.status()).isEqualTo(401);
    }

    @Test
    void verifiesASignedBody() {
        String body = "{\"note\":\"signed\"}";
        String[] headers = signatureOverBody(body.getBytes(StandardCharsets.UTF_8));

        HttpResult asSigned = server.send(
                HttpRequest.newBuilder(server.uri(SWR)).method("GET", HttpRequest.BodyPublishers.ofString(body)),
                headers);
        HttpResult changed = server.send(
                HttpRequest.newBuilder(server.uri(SWR))
                        .method("GET", HttpRequest.BodyPublishers.ofString(body.replace("signed", "forged"))),
                headers);

        assertThat(asSigned.status()).as(asSigned.body()).isEqualTo(200);
        assertThat(changed.status()).isEqualTo(401);
        assertThat(changed.errorCode()).isEqualTo("APIGW.0301");
    }

    @Test
    void refusesToReadAHugeSignedBody() {
        byte[] body = new byte[(1 << 20) + 1];
        String[] headers = signatureOverBody(body);

        HttpResult result = server.send(
                HttpRequest.newBuilder(server.uri(SWR)).method("GET", HttpRequest.BodyPublishers.ofByteArray(body)),
                headers);

        assertThat(result.status()).isEqualTo(413);
        assertThat(result.errorCode()).isEqualTo("SWR.0413");
        assertThat(result.errorMessage()).contains("1048576 bytes");
    }

    @Test
    void acceptsAGetWithABodyWhenTheTokenIsValid() {
        HttpResult result = server.send(
                HttpRequest.newBuilder(server.uri(SWR)).method("GET", HttpRequest.BodyPublishers.ofString("{}")),
                "X-Auth-Token",
                TOKEN);

        assertThat(result.status()).isEqualTo(200);
        SpecConformance.assertConforms(Specs.Api.SWR, result);
    }

    @Test
    void rejectsSignaturesThatDoNotCoverHost() {
        SignableRequest request =
                SignableRequest.builder().path(SWR).header("Host", authority()).build();
        Map<String, String> headers = new Signer().sign(request, KEY, NOW);
        String withoutHost = headers.get("Authorization").replace("SignedHeaders=host;", "SignedHeaders=");

        HttpResult result = server.send(
                HttpRequest.newBuilder(server.uri(SWR)),
                "X-Sdk-Date",
                headers.get("X-Sdk-Date"),
                "Authorization",
                withoutHost);

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.errorMessage()).contains("host");
    }

    @Test
    void docsAndSpecsArePublic() {
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/openapi/swr.yaml")))
                        .status())
                .isEqualTo(200);
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/docs/"))).status())
                .isEqualTo(200);
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/reference/swr.html")))
                        .status())
                .isEqualTo(200);
    }

    private static HttpResult withToken(String token) {
        return server.send(HttpRequest.newBuilder(server.uri(SWR)), "X-Auth-Token", token);
    }

    /**
     * Signs like the provider's SDK: host, user-agent, x-project-id and x-sdk-date, with an unsigned
     * Content-Type; then sends the request, with {@code sentQuery} instead of the signed query when given.
     */
    private static HttpResult signed(String pathAndQuery, AkSkCredentials credentials, Instant at, String sentQuery) {
        return signed("GET", pathAndQuery, credentials, at, sentQuery);
    }

    private static HttpResult signed(
            String method, String pathAndQuery, AkSkCredentials credentials, Instant at, String sentQuery) {
        URI uri = server.uri(pathAndQuery);
        SignableRequest.Builder request = SignableRequest.builder()
                .method(method)
                .path(uri.getPath())
                .header("Host", authority())
                .header("User-Agent", "Java-http-client/17")
                .header("X-Project-Id", "0123456789abcdef")
                .header("Content-Type", "application/json");
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                int equals = pair.indexOf('=');
                request.queryParameter(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        List<String> headers = new ArrayList<>(List.of(
                "User-Agent",
                "Java-http-client/17",
                "X-Project-Id",
                "0123456789abcdef",
                "Content-Type",
                "application/json"));
        new Signer().sign(request.build(), credentials, at).forEach((name, value) -> {
            headers.add(name);
            headers.add(value);
        });
        URI sent = sentQuery == null ? uri : server.uri(uri.getPath() + sentQuery);
        return server.send(
                HttpRequest.newBuilder(sent).method(method, HttpRequest.BodyPublishers.noBody()),
                headers.toArray(String[]::new));
    }

    /** The signature headers, as name-value pairs, of a GET on {@code SWR} with {@code body}. */
    private static String[] signatureOverBody(byte[] body) {
        SignableRequest request = SignableRequest.builder()
                .method("GET")
                .path(SWR)
                .header("Host", authority())
                .body(body)
                .build();
        return new Signer()
                .sign(request, KEY, NOW).entrySet().stream()
                        .flatMap(header -> Stream.of(header.getKey(), header.getValue()))
                        .toArray(String[]::new);
    }

    private static String authority() {
        return server.uri("/").getAuthority();
    }
}

package org.imageapis.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.imageapis.client.StubServer.Reply;
import org.imageapis.client.hss.ListImageBasicImagesRequest;
import org.imageapis.client.hss.model.HssImageType;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.imageapis.client.swr.model.SharedRepositoryCenter;
import org.imageapis.signing.SignatureVerifier;
import org.imageapis.signing.VerificationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * AK/SK calls as they arrive: the Authorization header equals what the provider's SDK signer
 * computes for the same request at the same time, and the shared verifier accepts it.
 */
class SigningTest {

    private static final Instant NOW = Instant.parse("2024-01-02T03:04:05Z");
    private static final String SDK_DATE = "20240102T030405Z";
    private static final String AK = "HPUAEXAMPLEACCESSKEY";
    private static final String SK = "ExampleSecretKey0123456789abcdefghijklmn";
    private static final String SECURITY_TOKEN = "gQpjbi1ub3J0aC00EXAMPLETOKEN";

    private final StubServer server = new StubServer()
            .fallback(request -> Reply.json(200, request.uri().getPath().startsWith("/v2/") ? "[]" : "{}"));

    @AfterEach
    void stop() {
        server.close();
    }

    private ImageApisClient client(Credentials credentials) {
        return new TestClients()
                .builder(server.uri())
                .credentials(credentials)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
    }

    @Test
    void permanentKeysWithProjectIdMatchTheSdk() {
        client(Credentials.accessKey(AK, SK))
                .swr()
                .listSharedRepositories(ListSharedRepositoriesRequest.builder()
                        .center(SharedRepositoryCenter.SELF)
                        .name("a b+c/d ü")
                        .limit(10)
                        .offset(0)
                        .build());

        StubServer.Received received = server.last();
        assertThat(received.header("X-Sdk-Date")).isEqualTo(SDK_DATE);
        assertThat(received.header("X-Project-Id")).isEqualTo(TestClients.PROJECT_ID);
        assertThat(received.header("X-Security-Token")).isNull();
        assertThat(received.header("X-Auth-Token")).isNull();
        assertThat(received.header("Authorization"))
                .startsWith("SDK-HMAC-SHA256 Access=" + AK + ", SignedHeaders=accept;host;x-project-id;x-sdk-date,")
                .isEqualTo(signedBySdk(received, false));
        assertVerified(received);
    }

    @Test
    void temporaryKeysSendAndSignTheSecurityToken() {
        client(Credentials.temporaryAccessKey(AK, SK, SECURITY_TOKEN))
                .hss()
                .listImageBasicImages(ListImageBasicImagesRequest.builder("sha256:1/2", HssImageType.HARBOR)
                        .imageName("n x")
                        .build());

        StubServer.Received received = server.last();
        assertThat(received.header("X-Security-Token")).isEqualTo(SECURITY_TOKEN);
        assertThat(received.header("Authorization"))
                .contains("SignedHeaders=accept;host;region;x-project-id;x-sdk-date;x-security-token,")
                .isEqualTo(signedBySdk(received, true));
        assertVerified(received);
    }

    @Test
    void theHostSignedIsTheAuthorityJavaNetHttpSends() {
        client(Credentials.accessKey(AK, SK))
                .swr()
                .listSharedRepositories(ListSharedRepositoriesRequest.builder().build());

        assertThat(server.last().header("Host"))
                .isEqualTo("127.0.0.1:" + server.uri().getPort());
        assertVerified(server.last());
    }

    @Test
    void eachAttemptIsSignedAfresh() {
        server.reply(Reply.json(503, "{}"));
        Instant[] now = {NOW};
        Clock advancing = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                now[0] = now[0].plusSeconds(1);
                return now[0];
            }
        };
        new TestClients()
                .builder(server.uri())
                .credentials(Credentials.accessKey(AK, SK))
                .clock(advancing)
                .build()
                .swr()
                .listSharedRepositories(ListSharedRepositoriesRequest.builder().build());

        assertThat(server.received())
                .extracting(r -> r.header("X-Sdk-Date"))
                .containsExactly("20240102T030406Z", "20240102T030407Z");
    }

    /** Signs the received request with the SDK, pinning its date to the one the client sent. */
    private static String signedBySdk(StubServer.Received received, boolean temporary) {
        HttpRequest.HttpRequestBuilder builder = HttpRequest.newBuilder()
                .withEndpoint("http://" + received.header("Host"))
                .withPath(received.uri().getPath())
                .withMethod(HttpMethod.GET)
                .addHeader("X-Sdk-Date", received.header("X-Sdk-Date"))
                .addHeader("Accept", received.header("Accept"));
        received.decodedQuery().forEach(builder::addQueryParam);
        Optional.ofNullable(received.header("region")).ifPresent(region -> builder.addHeader("region", region));
        Optional.ofNullable(received.header("Content-Type")).ifPresent(builder::withContentType);
        BasicCredentials credentials =
                new BasicCredentials().withAk(AK).withSk(SK).withProjectId(TestClients.PROJECT_ID);
        if (temporary) {
            credentials.withSecurityToken(SECURITY_TOKEN);
        }
        return credentials.syncProcessAuthRequest(builder.build(), null).getHeader("Authorization");
    }

    private static void assertVerified(StubServer.Received received) {
        SignatureVerifier verifier = new SignatureVerifier(
                key -> Optional.of(SK).filter(sk -> key.equals(AK)), Clock.fixed(NOW, ZoneOffset.UTC));

        VerificationResult result = verifier.verify(received.signable());

        assertThat(result.isVerified()).as(result.toString()).isTrue();
    }
}

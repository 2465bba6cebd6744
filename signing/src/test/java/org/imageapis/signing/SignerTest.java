package org.imageapis.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SignerTest {

    private static final Instant NOW = Instant.parse("2024-01-02T03:04:05Z");
    private static final AkSkCredentials CREDENTIALS = AkSkCredentials.of("AK", "SK");

    private final Signer signer = new Signer();

    private static SignableRequest request() {
        return SignableRequest.builder()
                .method("GET")
                .path("/v2/manage/namespaces/my ns/repos")
                .queryParameter("name", "a b")
                .queryParameter("sort key", "x*")
                .queryParameter("limit", "10")
                .header("Host", "swr.example.com")
                .header("X-Project-Id", "p1")
                .header("Content-Type", "application/json")
                .header("User-Agent", "  ua/1 ")
                .header("X_Trace", "t")
                .build();
    }

    @Test
    void buildsTheCanonicalRequest() {
        assertThat(signer.canonicalRequest(request(), CREDENTIALS, NOW)).isEqualTo("""
                GET
                /v2/manage/namespaces/my%20ns/repos/
                limit=10&name=a%20b&sort%20key=x%2A
                host:swr.example.com
                user-agent:ua/1
                x-project-id:p1
                x-sdk-date:20240102T030405Z

                host;user-agent;x-project-id;x-sdk-date
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
    }

    @Test
    void signsTheHashOfTheCanonicalRequest() throws Exception {
        String canonicalRequest = signer.canonicalRequest(request(), CREDENTIALS, NOW);
        String stringToSign = "SDK-HMAC-SHA256\n20240102T030405Z\n"
                + HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec("SK".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(hmac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));

        Map<String, String> headers = signer.sign(request(), CREDENTIALS, NOW);

        assertThat(signer.stringToSign(request(), CREDENTIALS, NOW)).isEqualTo(stringToSign);
        assertThat(headers)
                .containsExactly(
                        Map.entry("X-Sdk-Date", "20240102T030405Z"),
                        Map.entry(
                                "Authorization",
                                "SDK-HMAC-SHA256 Access=AK, "
                                        + "SignedHeaders=host;user-agent;x-project-id;x-sdk-date, Signature="
                                        + signature));
    }

    @Test
    void temporaryCredentialsSignAndAddTheSecurityToken() {
        AkSkCredentials temporary = AkSkCredentials.temporary("AK", "SK", "TOKEN");

        Map<String, String> headers = signer.sign(request(), temporary, NOW);

        assertThat(headers.keySet()).containsExactly("X-Sdk-Date", "X-Security-Token", "Authorization");
        assertThat(headers.get("X-Security-Token")).isEqualTo("TOKEN");
        assertThat(headers.get("Authorization"))
                .contains("SignedHeaders=host;user-agent;x-project-id;x-sdk-date;x-security-token,");
    }

    @Test
    void dateIsUtcToTheSecondAndReplacesAnyGivenOne() {
        SignableRequest dated =
                request().toBuilder().header("X-Sdk-Date", "19700101T000000Z").build();

        Map<String, String> headers = signer.sign(dated, CREDENTIALS, Instant.parse("2024-12-31T23:59:59.987Z"));

        assertThat(headers.get("X-Sdk-Date")).isEqualTo("20241231T235959Z");
        assertThat(signer.canonicalRequest(dated, CREDENTIALS, NOW)).contains("x-sdk-date:20240102T030405Z\n");
    }

    @Test
    void bodyIsHashedUnlessAPayloadHashHeaderIsSigned() {
        SignableRequest withBody =
                request().toBuilder().method("PUT").body(new byte[] {1, 2, 3}).build();
        SignableRequest unsigned = withBody.toBuilder()
                .header(SigningHeaders.X_SDK_CONTENT_SHA256, SigningHeaders.UNSIGNED_PAYLOAD)
                .build();

        assertThat(signer.canonicalRequest(withBody, CREDENTIALS, NOW))
                .endsWith("\n039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81");
        assertThat(signer.canonicalRequest(unsigned, CREDENTIALS, NOW)).endsWith("\nUNSIGNED-PAYLOAD");
    }

    @Test
    void canonicalUriAlwaysEndsWithASlash() {
        assertThat(SdkHmacSha256.canonicalUri("/")).isEqualTo("/");
        assertThat(SdkHmacSha256.canonicalUri("/a")).isEqualTo("/a/");
        assertThat(SdkHmacSha256.canonicalUri("/a/")).isEqualTo("/a/");
        assertThat(SdkHmacSha256.canonicalUri("/a//b")).isEqualTo("/a//b/");
    }

    @Test
    void requiresAHostHeader() {
        SignableRequest noHost = SignableRequest.builder().path("/v1").build();

        assertThatThrownBy(() -> signer.sign(noHost, CREDENTIALS, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Host");
    }
}

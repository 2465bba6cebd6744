package org.imageapis.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Signs the same requests with the provider's SDK and with {@link Signer} and compares. */
class SdkCompatibilityTest {

    private final Signer signer = new Signer();

    /**
     * Query keys stay within the unreserved set: for a key that needs encoding the SDK signs it
     * twice, raw (as it put it in the URL) and encoded, which no server can reproduce.
     */
    static Stream<SdkCase> cases() {
        return Stream.of(
                SdkCase.named("simple GET"),
                SdkCase.named("root path").path("/"),
                SdkCase.named("trailing slash present").path("/v2/manage/namespaces/"),
                SdkCase.named("empty segment").path("/v2//namespaces"),
                SdkCase.named("special characters in path segments")
                        .path("/v2/manage/namespaces/my ns/repos/a+b*c~d(e)!@:$&=,;'/100%/über/日本"),
                SdkCase.named("host with port").endpoint("https://swr-api.example.com:8443"),
                SdkCase.named("query with reserved and unicode values")
                        .query("space", "a b")
                        .query("plus", "1+1")
                        .query("slash", "a/b")
                        .query("star", "*")
                        .query("tilde", "~x")
                        .query("unicode", "ünï 日本 😀")
                        .query("reserved", "!#$&'()=,;:@[]%")
                        .query("empty", ""),
                SdkCase.named("query keys sorted")
                        .query("b", "1")
                        .query("B", "2")
                        .query("a", "3")
                        .query("_x", "4")
                        .query("-y", "5")
                        .query("1", "6")
                        .query("a.b", "7"),
                SdkCase.named("repeated keys keep their order")
                        .query("tag", "b", "a", "b")
                        .query("limit", "10"),
                SdkCase.named("key without values").query("flag"),
                SdkCase.named("JSON body, Content-Type not signed")
                        .method(HttpMethod.POST)
                        .contentType("application/json;charset=UTF-8")
                        .textBody("{\"namespace\":\"grüße\",\"n\":1}"),
                SdkCase.named("binary body sent as UNSIGNED-PAYLOAD")
                        .method(HttpMethod.PUT)
                        .contentType("application/octet-stream")
                        .header(SigningHeaders.X_SDK_CONTENT_SHA256, SigningHeaders.UNSIGNED_PAYLOAD)
                        .binaryBody(new byte[] {0, 1, 2, (byte) 0xFF}),
                SdkCase.named("PATCH with body").method(HttpMethod.PATCH).textBody("[]"),
                SdkCase.named("DELETE").method(HttpMethod.DELETE).path("/v2/manage/namespaces/ns"),
                SdkCase.named("project id").projectId("0123456789abcdef0123456789abcdef"),
                SdkCase.named("temporary credentials").temporaryCredentials(),
                SdkCase.named("headers real clients send")
                        .projectId("0123456789abcdef0123456789abcdef")
                        .temporaryCredentials()
                        .header("User-Agent", "huaweicloud-usdk-java/3.0")
                        .header("Accept", "application/json"),
                SdkCase.named("header names of mixed case, inner whitespace kept")
                        .header("X-Custom-HEADER", "a  b")
                        .header("x-another", "x"),
                SdkCase.named("header with '_' not signed").header("X_Custom_Header", "v"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void authorizationMatchesTheSdk(SdkCase sdkCase) {
        HttpRequest sdk = sdkCase.signedBySdk();

        Map<String, String> ours = signer.sign(sdkCase.ours().build(), sdkCase.credentials(), SdkCase.NOW);

        assertThat(ours.get(SigningHeaders.AUTHORIZATION)).isEqualTo(sdk.getHeader(SigningHeaders.AUTHORIZATION));
        assertThat(ours.get(SigningHeaders.X_SDK_DATE)).isEqualTo(sdk.getHeader(SigningHeaders.X_SDK_DATE));
        assertThat(Optional.ofNullable(ours.get(SigningHeaders.X_SECURITY_TOKEN)))
                .isEqualTo(Optional.ofNullable(sdk.getHeader(SigningHeaders.X_SECURITY_TOKEN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verifierAcceptsWhatTheSdkSends(SdkCase sdkCase) {
        HttpRequest sdk = sdkCase.signedBySdk();
        SignableRequest.Builder received = sdkCase.ours();
        sdk.getHeaders().forEach((name, values) -> received.header(name, values.get(0)));
        SignatureVerifier verifier = new SignatureVerifier(
                accessKey -> Optional.of(SdkCase.SECRET_KEY).filter(key -> accessKey.equals(SdkCase.ACCESS_KEY)),
                Clock.fixed(SdkCase.NOW, ZoneOffset.UTC));

        VerificationResult result = verifier.verify(received.build());

        assertThat(result.isVerified()).as(result.toString()).isTrue();
        assertThat(result.accessKey()).contains(SdkCase.ACCESS_KEY);
    }

    /**
     * The SDK signs header values untrimmed, but HTTP strips the whitespace around a value in
     * transit, so a server can only check the trimmed value. We sign that, which agrees with
     * the SDK as soon as the value carries no surrounding whitespace.
     */
    @Test
    void headerValuesAreTrimmedWhereTheSdkKeepsTheirWhitespace() {
        SdkCase padded = SdkCase.named("padded").header("X-Custom", " \t value  ");
        SdkCase trimmed = SdkCase.named("trimmed").header("X-Custom", "value");

        String ours = signer.sign(padded.ours().build(), padded.credentials(), SdkCase.NOW)
                .get(SigningHeaders.AUTHORIZATION);

        assertThat(ours)
                .isEqualTo(trimmed.signedBySdk().getHeader(SigningHeaders.AUTHORIZATION))
                .isNotEqualTo(padded.signedBySdk().getHeader(SigningHeaders.AUTHORIZATION));
    }
}

package org.imageapis.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureVerifierTest {

    private static final Instant NOW = Instant.parse("2024-01-02T03:04:05Z");
    private static final String ACCESS_KEY = "HPUAEXAMPLEACCESSKEY";
    private static final String SECRET_KEY = "ExampleSecretKey0123456789abcdefghijklmn";
    private static final String TOKEN = "EXAMPLE-SECURITY-TOKEN";
    private static final AkSkCredentials CREDENTIALS = AkSkCredentials.temporary(ACCESS_KEY, SECRET_KEY, TOKEN);

    private final Signer signer = new Signer();
    private final SignatureVerifier verifier = verifierAt(NOW);

    private static SignatureVerifier verifierAt(Instant now) {
        return new SignatureVerifier(
                accessKey -> accessKey.equals(ACCESS_KEY) ? Optional.of(SECRET_KEY) : Optional.empty(),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    /** What a client sends: the headers real SDK clients sign, plus an unsigned Content-Type. */
    private static SignableRequest clientRequest() {
        return SignableRequest.builder()
                .method("POST")
                .path("/v2/manage/namespaces/my ns/repos")
                .queryParameter("filter", "name::a b")
                .queryParameter("tag", "v1")
                .queryParameter("tag", "v2")
                .header("Host", "swr.example.com")
                .header("User-Agent", "huaweicloud-usdk-java/3.0")
                .header("X-Project-Id", "0123456789abcdef")
                .header("Content-Type", "application/json")
                .body("{\"repository\":\"r\"}".getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** The client's request as the server receives it, signature headers added. */
    private SignableRequest signed(SignableRequest request, Instant signedAt) {
        SignableRequest.Builder received = request.toBuilder();
        signer.sign(request, CREDENTIALS, signedAt).forEach(received::header);
        return received.build();
    }

    private SignableRequest signed() {
        return signed(clientRequest(), NOW);
    }

    private static SignableRequest withAuthorization(SignableRequest request, UnaryOperator<String> change) {
        String authorization = request.header("Authorization").orElseThrow();
        return request.toBuilder()
                .header("Authorization", change.apply(authorization))
                .build();
    }

    @Test
    void acceptsARequestSignedByOurSigner() {
        SignableRequest request = signed();

        VerificationResult result = verifier.verify(request);

        assertThat(request.header("Authorization").orElseThrow())
                .contains("SignedHeaders=host;user-agent;x-project-id;x-sdk-date;x-security-token,");
        assertThat(result.isVerified()).as(result.toString()).isTrue();
        assertThat(result.accessKey()).contains(ACCESS_KEY);
        assertThat(result.failureReason()).isEmpty();
    }

    @Test
    void checksExactlyTheDeclaredHeaders() {
        SignableRequest request = signed(
                SignableRequest.builder()
                        .path("/v1")
                        .header("Host", "swr.example.com")
                        .header("User-Agent", "ua")
                        .header("X-Project-Id", "p")
                        .build(),
                NOW);
        SignableRequest withProxyHeaders = request.toBuilder()
                .header("Content-Type", "text/plain")
                .header("X-Forwarded-For", "203.0.113.7")
                .header("X_Custom", "v")
                .build();

        assertThat(verifier.verify(withProxyHeaders).isVerified()).isTrue();
        assertThat(verifier.verify(withProxyHeaders.toBuilder()
                                .header("User-Agent", "other")
                                .build())
                        .failureReason())
                .contains(FailureReason.SIGNATURE_MISMATCH);
    }

    @Test
    void acceptsAnUpperCaseHexSignature() {
        SignableRequest request = withAuthorization(signed(), authorization -> {
            int signatureStart = authorization.indexOf("Signature=") + "Signature=".length();
            return authorization.substring(0, signatureStart)
                    + authorization.substring(signatureStart).toUpperCase();
        });

        assertThat(verifier.verify(request).isVerified()).isTrue();
    }

    @Test
    void rejectsAMissingAuthorization() {
        assertThat(verifier.verify(clientRequest()).failureReason()).contains(FailureReason.MISSING);
        assertThat(verifier.verify(withAuthorization(signed(), a -> " ")).failureReason())
                .contains(FailureReason.MISSING);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Basic dXNlcjpwYXNz",
                "SDK-HMAC-SM3 Access=AK, SignedHeaders=host;x-sdk-date, Signature=00",
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date",
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=abc",
                "SDK-HMAC-SHA256 Access=, SignedHeaders=host;x-sdk-date, Signature=%s",
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=, Signature=%s",
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=Host;x-sdk-date, Signature=%s",
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;host;x-sdk-date, Signature=%s",
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;;x-sdk-date, Signature=%s",
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=%s, Extra=1",
                "SDK-HMAC-SHA256 Access=AK, Access=AK, SignedHeaders=host;x-sdk-date, Signature=%s",
                "SDK-HMAC-SHA256 Access=AK SignedHeaders=host;x-sdk-date, Signature=%s",
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date;x-absent, Signature=%s",
            })
    void rejectsAMalformedAuthorization(String authorization) {
        SignableRequest request = withAuthorization(signed(), a -> authorization.formatted("ab".repeat(32)));

        assertThat(verifier.verify(request).failureReason()).contains(FailureReason.MALFORMED);
    }

    @Test
    void requiresHostToBeSignedAndPresent() {
        SignableRequest request = signed();

        assertThat(verifier.verify(withAuthorization(request, a -> a.replace("SignedHeaders=host;", "SignedHeaders=")))
                        .failureReason())
                .contains(FailureReason.HOST_NOT_SIGNED);
        assertThat(verifier.verify(withoutHeader(request, "host")).failureReason())
                .contains(FailureReason.HOST_NOT_SIGNED);
    }

    @Test
    void signOnlyIsVerifiedWithTheHostAndRefusedWithoutIt() {
        SignableRequest request = clientRequest();
        SignableRequest.Builder withHost = request.toBuilder();
        signer.signOnly(request, CREDENTIALS, NOW, List.of("Host", "X-Project-Id"))
                .forEach(withHost::header);
        SignableRequest.Builder withoutHost = request.toBuilder();
        signer.signOnly(request, CREDENTIALS, NOW, List.of("x-project-id")).forEach(withoutHost::header);

        assertThat(withHost.build().header("Authorization").orElseThrow())
                .contains("SignedHeaders=host;x-project-id;x-sdk-date;x-security-token,");
        assertThat(verifier.verify(withHost.build()).isVerified()).isTrue();
        assertThat(withoutHost.build().header("Authorization").orElseThrow())
                .contains("SignedHeaders=x-project-id;x-sdk-date;x-security-token,");
        assertThat(verifier.verify(withoutHost.build()).failureReason()).contains(FailureReason.HOST_NOT_SIGNED);
    }

    @Test
    void requiresTheDateToBeSignedAndPresent() {
        SignableRequest request = signed();

        assertThat(verifier.verify(withAuthorization(request, a -> a.replace(";x-sdk-date;", ";")))
                        .failureReason())
                .contains(FailureReason.DATE_NOT_SIGNED);
        assertThat(verifier.verify(withoutHeader(request, "x-sdk-date")).failureReason())
                .contains(FailureReason.DATE_NOT_SIGNED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-02T03:04:05Z", "20240230T030405Z", "20240102T030405", "1704164645"})
    void rejectsAnInvalidDate(String date) {
        SignableRequest request =
                signed().toBuilder().header("X-Sdk-Date", date).build();

        assertThat(verifier.verify(request).failureReason()).contains(FailureReason.DATE_INVALID);
    }

    @Test
    void acceptsAClockSkewOfUpToFifteenMinutes() {
        Duration skew = SignatureVerifier.DEFAULT_MAX_CLOCK_SKEW;
        SignableRequest request = signed();

        assertThat(verifierAt(NOW.plus(skew)).verify(request).isVerified()).isTrue();
        assertThat(verifierAt(NOW.minus(skew)).verify(request).isVerified()).isTrue();
        assertThat(verifierAt(NOW.plus(skew).plusSeconds(1)).verify(request).failureReason())
                .contains(FailureReason.DATE_SKEWED);
        assertThat(verifierAt(NOW.minus(skew).minusSeconds(1)).verify(request).failureReason())
                .contains(FailureReason.DATE_SKEWED);
    }

    @Test
    void clockSkewIsConfigurable() {
        SignatureVerifier strict = new SignatureVerifier(
                accessKey -> Optional.of(SECRET_KEY),
                Clock.fixed(NOW.plusSeconds(61), ZoneOffset.UTC),
                Duration.ofMinutes(1));

        assertThat(strict.verify(signed()).failureReason()).contains(FailureReason.DATE_SKEWED);
    }

    @Test
    void rejectsAnUnknownAccessKey() {
        SignableRequest request = withAuthorization(signed(), a -> a.replace(ACCESS_KEY, "OTHERKEY"));

        assertThat(verifier.verify(request).failureReason()).contains(FailureReason.UNKNOWN_ACCESS_KEY);
    }

    @Test
    void rejectsAWrongSecretKey() {
        SignatureVerifier otherSecret =
                new SignatureVerifier(accessKey -> Optional.of("another-secret"), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(otherSecret.verify(signed()).failureReason()).contains(FailureReason.SIGNATURE_MISMATCH);
    }

    @Test
    void rejectsATamperedRequest() {
        SignableRequest request = signed();
        Map<String, SignableRequest> tampered = Map.of(
                "method", request.toBuilder().method("PUT").build(),
                "path",
                        request.toBuilder()
                                .path("/v2/manage/namespaces/other/repos")
                                .build(),
                "query value", request.toBuilder().queryParameter("filter", "x").build(),
                "query order",
                        withoutQuery(request)
                                .queryParameter("filter", "name::a b")
                                .queryParameter("tag", "v2")
                                .queryParameter("tag", "v1")
                                .build(),
                "query removed", withoutQuery(request).build(),
                "body",
                        request.toBuilder()
                                .body("{\"repository\":\"s\"}".getBytes(StandardCharsets.UTF_8))
                                .build(),
                "signed header",
                        request.toBuilder()
                                .header("X-Project-Id", "fedcba9876543210")
                                .build(),
                "security token",
                        request.toBuilder()
                                .header("X-Security-Token", "another-token")
                                .build(),
                "date",
                        request.toBuilder()
                                .header("X-Sdk-Date", "20240102T030406Z")
                                .build());

        tampered.forEach((what, changed) -> assertThat(verifier.verify(changed).failureReason())
                .as(what)
                .contains(FailureReason.SIGNATURE_MISMATCH));
    }

    @Test
    void neverRevealsSecretsInMessagesOrToString() {
        SignableRequest request = signed();
        String authorization = request.header("Authorization").orElseThrow();
        String signature = authorization.substring(authorization.indexOf("Signature=") + "Signature=".length());
        SignableRequest[] rejected = {
            clientRequest(),
            withAuthorization(request, a -> a.replace("Signature=", "Signature=0")),
            withAuthorization(request, a -> a.replace("SignedHeaders=host;", "SignedHeaders=")),
            withAuthorization(request, a -> a.replace(";x-sdk-date;", ";")),
            request.toBuilder().header("X-Sdk-Date", "yesterday").build(),
            signed(clientRequest(), NOW.minus(Duration.ofHours(1))),
            withAuthorization(request, a -> a.replace(ACCESS_KEY, "OTHERKEY")),
            request.toBuilder().body(new byte[0]).build(),
        };

        for (SignableRequest each : rejected) {
            VerificationResult result = verifier.verify(each);
            assertThat(result.isVerified()).isFalse();
            assertThat(result.message() + result + each)
                    .doesNotContain(SECRET_KEY, TOKEN, signature, signature.substring(0, 16));
        }
        assertThat(CREDENTIALS.toString()).contains(ACCESS_KEY).doesNotContain(SECRET_KEY, TOKEN);
        assertThat(AuthorizationHeader.parse(authorization).orElseThrow().toString())
                .doesNotContain(signature);
    }

    private static SignableRequest.Builder withoutQuery(SignableRequest request) {
        SignableRequest.Builder builder = SignableRequest.builder()
                .method(request.method())
                .path(request.path())
                .body(request.body());
        request.headers().forEach(builder::header);
        return builder;
    }

    private static SignableRequest withoutHeader(SignableRequest request, String name) {
        SignableRequest.Builder builder = SignableRequest.builder()
                .method(request.method())
                .path(request.path())
                .queryParameters(request.queryParameters())
                .body(request.body());
        request.headers().forEach((header, value) -> {
            if (!header.equals(name)) {
                builder.header(header, value);
            }
        });
        return builder.build();
    }
}

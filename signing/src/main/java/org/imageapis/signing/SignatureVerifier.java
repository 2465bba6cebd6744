package org.imageapis.signing;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Verifies SDK-HMAC-SHA256 signed requests, recomputing the signature over exactly the headers
 * the client declared as signed.
 */
public final class SignatureVerifier {

    /** How far {@code X-Sdk-Date} may be from the verifier's clock, as the providers' gateways allow. */
    public static final Duration DEFAULT_MAX_CLOCK_SKEW = Duration.ofMinutes(15);

    private final Function<String, Optional<String>> secretKeys;
    private final Clock clock;
    private final Duration maxClockSkew;

    /**
     * A verifier that allows {@link #DEFAULT_MAX_CLOCK_SKEW}.
     *
     * @param secretKeys the secret key for an access key, or empty when the access key is unknown
     * @param clock      what {@code X-Sdk-Date} is compared with
     */
    public SignatureVerifier(Function<String, Optional<String>> secretKeys, Clock clock) {
        this(secretKeys, clock, DEFAULT_MAX_CLOCK_SKEW);
    }

    /**
     * @param secretKeys   the secret key for an access key, or empty when the access key is unknown
     * @param clock        what {@code X-Sdk-Date} is compared with
     * @param maxClockSkew how far {@code X-Sdk-Date} may be from the clock, not negative
     */
    public SignatureVerifier(Function<String, Optional<String>> secretKeys, Clock clock, Duration maxClockSkew) {
        this.secretKeys = Objects.requireNonNull(secretKeys, "secretKeys");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxClockSkew.isNegative()) {
            throw new IllegalArgumentException("maxClockSkew must not be negative");
        }
        this.maxClockSkew = maxClockSkew;
    }

    /**
     * Verifies a request as received, {@code Authorization} header included.
     *
     * @param request the request, decoded
     * @return the verified access key, or why the request is rejected
     */
    public VerificationResult verify(SignableRequest request) {
        String authorization =
                request.header(SigningHeaders.AUTHORIZATION).orElse("").trim();
        if (authorization.isEmpty()) {
            return VerificationResult.rejected(FailureReason.MISSING, "no Authorization header");
        }
        Optional<AuthorizationHeader> parsed = AuthorizationHeader.parse(authorization);
        if (parsed.isEmpty()) {
            return VerificationResult.rejected(
                    FailureReason.MALFORMED,
                    "Authorization header is not of the form '" + SdkHmacSha256.ALGORITHM
                            + " Access=..., SignedHeaders=..., Signature=...'");
        }
        AuthorizationHeader auth = parsed.get();
        if (!isSignedAndPresent(auth, request, "host")) {
            return VerificationResult.rejected(FailureReason.HOST_NOT_SIGNED, "the host header must be signed");
        }
        if (!isSignedAndPresent(auth, request, "x-sdk-date")) {
            return VerificationResult.rejected(FailureReason.DATE_NOT_SIGNED, "the x-sdk-date header must be signed");
        }
        Optional<String> absent = auth.signedHeaders().stream()
                .filter(name -> request.header(name).isEmpty())
                .findFirst();
        if (absent.isPresent()) {
            return VerificationResult.rejected(
                    FailureReason.MALFORMED, "signed header '" + absent.get() + "' is not in the request");
        }
        String sdkDate = request.header(SigningHeaders.X_SDK_DATE).orElseThrow().trim();
        Optional<Instant> signedAt = SdkHmacSha256.parseDate(sdkDate);
        if (signedAt.isEmpty()) {
            return VerificationResult.rejected(
                    FailureReason.DATE_INVALID, "X-Sdk-Date is not of the form yyyyMMdd'T'HHmmss'Z'");
        }
        Duration skew = Duration.between(signedAt.get(), clock.instant()).abs();
        if (skew.compareTo(maxClockSkew) > 0) {
            return VerificationResult.rejected(
                    FailureReason.DATE_SKEWED,
                    "X-Sdk-Date is " + skew.toSeconds() + " s away from the server clock, more than the allowed "
                            + maxClockSkew.toSeconds() + " s");
        }
        Optional<String> secretKey = secretKeys.apply(auth.accessKey());
        if (secretKey.isEmpty()) {
            return VerificationResult.rejected(
                    FailureReason.UNKNOWN_ACCESS_KEY, "unknown access key " + auth.accessKey());
        }
        String stringToSign =
                SdkHmacSha256.stringToSign(sdkDate, SdkHmacSha256.canonicalRequest(request, auth.signedHeaders()));
        byte[] expected = SdkHmacSha256.signature(secretKey.get(), stringToSign);
        byte[] actual = SdkHmacSha256.HEX.parseHex(auth.signature());
        if (!MessageDigest.isEqual(expected, actual)) {
            return VerificationResult.rejected(
                    FailureReason.SIGNATURE_MISMATCH, "signature does not match the request");
        }
        return VerificationResult.verified(auth.accessKey());
    }

    private static boolean isSignedAndPresent(AuthorizationHeader auth, SignableRequest request, String name) {
        return auth.signedHeaders().contains(name) && request.header(name).isPresent();
    }
}

package org.imageapis.conformance.proxy;

import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imageapis.signing.AkSkCredentials;
import org.imageapis.signing.PercentEncoding;
import org.imageapis.signing.SignableRequest;
import org.imageapis.signing.SignatureVerifier;
import org.imageapis.signing.Signer;
import org.imageapis.signing.SigningHeaders;
import org.imageapis.signing.VerificationResult;

/**
 * AK/SK-signed requests through the proxy. A signature covers the {@code Host} header, which names the proxy for
 * the caller and the upstream for the upstream, so a signed request cannot be forwarded unchanged: with the
 * caller's key pair the proxy verifies the signature as the upstream would, then signs the request again for the
 * upstream's host, over the same headers the caller signed. Token requests need none of this and pass through.
 */
final class SignatureRelay {

    static final String TOKEN_HEADER = "X-Auth-Token";
    private static final String ALGORITHM_PREFIX = "SDK-HMAC-SHA256 ";
    /** Set again for the upstream, or not forwarded at all, so never copied into the new signature. */
    private static final Set<String> NOT_RESIGNED = Set.of("host", "x-sdk-date", "authorization", "expect");

    /** What becomes of a signed request. */
    sealed interface Outcome {}

    /** Verified: these headers replace the caller's for the upstream ({@code Host}, {@code X-Sdk-Date}, {@code Authorization}). */
    record Resigned(Map<String, String> headers) implements Outcome {}

    /** Not forwarded: the proxy answers 401 with this message, which holds no secret. */
    record Rejected(String message) implements Outcome {}

    private final AkSkCredentials key;
    private final SignatureVerifier verifier;
    private final Signer signer = new Signer();
    private final Clock clock;

    /** @param key the caller's key pair, or {@code null} when the proxy was given none */
    SignatureRelay(AkSkCredentials key, Clock clock) {
        this.key = key;
        this.clock = clock;
        this.verifier = new SignatureVerifier(
                accessKey -> key != null && key.accessKey().equals(accessKey)
                        ? Optional.of(key.secretKey())
                        : Optional.empty(),
                clock);
    }

    /** Whether the request is AK/SK-signed and carries no token, which would let it pass as it is. */
    static boolean isSigned(HttpHeaders headers) {
        String authorization = headers.get(SigningHeaders.AUTHORIZATION);
        return authorization != null && authorization.startsWith(ALGORITHM_PREFIX) && !headers.contains(TOKEN_HEADER);
    }

    /**
     * Verifies the caller's signature and signs the request for the upstream.
     *
     * @param target the request target as the caller sent it, a path and query
     * @param body   the whole request body
     */
    Outcome resign(String method, String target, HttpHeaders headers, byte[] body, Upstream upstream) {
        if (key == null) {
            return new Rejected("The request is signed with AK/SK (SDK-HMAC-SHA256). The signature covers the Host"
                    + " header, which the proxy must change for the upstream, so the proxy forwards signed requests"
                    + " only when started with --access-key AK:SK, to verify them and sign them again.");
        }
        VerificationResult verified =
                verifier.verify(signable(method, target, headers, body).build());
        if (!verified.isVerified()) {
            return new Rejected(
                    "The AK/SK signature does not verify with the proxy's access key: " + verified.message() + ".");
        }
        SignableRequest.Builder forUpstream =
                signable(method, upstream.target(target), EmptyHttpHeaders.INSTANCE, body);
        for (String name : signedHeaderNames(headers.get(SigningHeaders.AUTHORIZATION))) {
            if (!NOT_RESIGNED.contains(name) && !HopByHop.isHopByHop(name)) {
                forUpstream.header(name, String.join(",", headers.getAll(name)));
            }
        }
        forUpstream.header(SigningHeaders.HOST, upstream.authority());
        Map<String, String> replaced = new LinkedHashMap<>();
        replaced.put(SigningHeaders.HOST, upstream.authority());
        replaced.putAll(signer.sign(forUpstream.build(), key, clock.instant()));
        return new Resigned(replaced);
    }

    /** The request as the caller signed it: decoded path and query, every header as received, the body. */
    private static SignableRequest.Builder signable(String method, String target, HttpHeaders headers, byte[] body) {
        int question = target.indexOf('?');
        String rawPath = question >= 0 ? target.substring(0, question) : target;
        SignableRequest.Builder builder = SignableRequest.builder()
                .method(method)
                .path(PercentEncoding.decodePath(rawPath))
                .body(body);
        if (question >= 0) {
            for (String pair : target.substring(question + 1).split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    String name = eq >= 0 ? pair.substring(0, eq) : pair;
                    String value = eq >= 0 ? pair.substring(eq + 1) : "";
                    builder.queryParameter(
                            PercentEncoding.decodeQueryComponent(name), PercentEncoding.decodeQueryComponent(value));
                }
            }
        }
        for (String name : headers.names()) {
            builder.header(name, String.join(",", headers.getAll(name)));
        }
        return builder;
    }

    /** The {@code SignedHeaders} of a verified {@code Authorization} header, lower case. */
    private static List<String> signedHeaderNames(String authorization) {
        List<String> names = new ArrayList<>();
        for (String part : authorization.substring(ALGORITHM_PREFIX.length()).split(",")) {
            String field = part.trim();
            if (field.startsWith("SignedHeaders=")) {
                for (String name : field.substring("SignedHeaders=".length()).split(";")) {
                    names.add(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    @Override
    public String toString() {
        return "SignatureRelay[" + (key == null ? "no access key" : key) + "]";
    }
}

package org.imageapis.signing;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Signs requests with SDK-HMAC-SHA256 the way the provider's SDK does: every header of the
 * request is signed except {@code Content-Type} and names containing {@code _}.
 */
public final class Signer {

    /**
     * Returns the headers to add to the request: {@code X-Sdk-Date}, {@code X-Security-Token} for
     * temporary credentials, then {@code Authorization}. The request must carry a {@code Host}
     * header with the authority it is sent to.
     *
     * @param request the request to sign
     * @param credentials whose secret key signs it
     * @param now the time written to {@code X-Sdk-Date}
     * @return the headers to add, in that order
     */
    public Map<String, String> sign(SignableRequest request, AkSkCredentials credentials, Instant now) {
        SignableRequest prepared = prepare(request, credentials, now);
        return headers(prepared, credentials, signedHeaderNames(prepared));
    }

    /**
     * Like {@link #sign}, but signs only the named headers (case does not matter; {@code x-sdk-date} and, for
     * temporary credentials, {@code x-security-token} are always signed). The providers' gateways refuse a
     * signature that leaves out {@code host}: this exists to prove that a verifier does.
     *
     * @param request the request to sign
     * @param credentials whose secret key signs it
     * @param now the time written to {@code X-Sdk-Date}
     * @param headerNames the headers to sign, of those the request carries
     * @return the headers to add, as {@link #sign} returns them
     */
    public Map<String, String> signOnly(
            SignableRequest request, AkSkCredentials credentials, Instant now, Collection<String> headerNames) {
        SignableRequest prepared = prepare(request, credentials, now);
        Set<String> wanted = new HashSet<>();
        headerNames.forEach(name -> wanted.add(name.toLowerCase(Locale.ROOT)));
        wanted.add(SigningHeaders.X_SDK_DATE.toLowerCase(Locale.ROOT));
        credentials
                .securityToken()
                .ifPresent(t -> wanted.add(SigningHeaders.X_SECURITY_TOKEN.toLowerCase(Locale.ROOT)));
        List<String> signedHeaders =
                signedHeaderNames(prepared).stream().filter(wanted::contains).toList();
        return headers(prepared, credentials, signedHeaders);
    }

    /**
     * The canonical request {@link #sign} would hash, for debugging.
     *
     * @param request the request to sign
     * @param credentials as {@link #sign} takes them
     * @param now the time written to {@code X-Sdk-Date}
     * @return the canonical request, lines joined by {@code \n}
     */
    public String canonicalRequest(SignableRequest request, AkSkCredentials credentials, Instant now) {
        SignableRequest prepared = prepare(request, credentials, now);
        return SdkHmacSha256.canonicalRequest(prepared, signedHeaderNames(prepared));
    }

    /**
     * The string {@link #sign} would HMAC, for debugging.
     *
     * @param request the request to sign
     * @param credentials as {@link #sign} takes them
     * @param now the time written to {@code X-Sdk-Date}
     * @return the string to sign
     */
    public String stringToSign(SignableRequest request, AkSkCredentials credentials, Instant now) {
        SignableRequest prepared = prepare(request, credentials, now);
        return stringToSign(prepared, signedHeaderNames(prepared));
    }

    private static String stringToSign(SignableRequest prepared, List<String> signedHeaders) {
        return SdkHmacSha256.stringToSign(
                prepared.header(SigningHeaders.X_SDK_DATE).orElseThrow(),
                SdkHmacSha256.canonicalRequest(prepared, signedHeaders));
    }

    private static Map<String, String> headers(
            SignableRequest prepared, AkSkCredentials credentials, List<String> signedHeaders) {
        String stringToSign = stringToSign(prepared, signedHeaders);
        String signature = SdkHmacSha256.HEX.formatHex(SdkHmacSha256.signature(credentials.secretKey(), stringToSign));

        Map<String, String> added = new LinkedHashMap<>();
        added.put(
                SigningHeaders.X_SDK_DATE,
                prepared.header(SigningHeaders.X_SDK_DATE).orElseThrow());
        credentials.securityToken().ifPresent(token -> added.put(SigningHeaders.X_SECURITY_TOKEN, token));
        added.put(
                SigningHeaders.AUTHORIZATION,
                new AuthorizationHeader(credentials.accessKey(), signedHeaders, signature).format());
        return Collections.unmodifiableMap(added);
    }

    /** Adds the headers that are signed along with the request's own. */
    private static SignableRequest prepare(SignableRequest request, AkSkCredentials credentials, Instant now) {
        if (request.header(SigningHeaders.HOST).isEmpty()) {
            throw new IllegalArgumentException("the request needs a Host header to be signed");
        }
        SignableRequest.Builder builder =
                request.toBuilder().header(SigningHeaders.X_SDK_DATE, SdkHmacSha256.formatDate(now));
        credentials.securityToken().ifPresent(token -> builder.header(SigningHeaders.X_SECURITY_TOKEN, token));
        return builder.build();
    }

    private static List<String> signedHeaderNames(SignableRequest prepared) {
        return prepared.headers().keySet().stream()
                .filter(name -> !name.equals("content-type") && !name.contains("_"))
                .sorted()
                .toList();
    }
}

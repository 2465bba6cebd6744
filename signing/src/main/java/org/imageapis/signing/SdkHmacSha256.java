package org.imageapis.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The SDK-HMAC-SHA256 computations shared by {@link Signer} and {@link SignatureVerifier}. */
final class SdkHmacSha256 {

    static final String ALGORITHM = "SDK-HMAC-SHA256";
    static final HexFormat HEX = HexFormat.of();

    private static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC)
            .withResolverStyle(ResolverStyle.STRICT);

    private SdkHmacSha256() {}

    static String formatDate(Instant instant) {
        return SDK_DATE.format(instant);
    }

    static Optional<Instant> parseDate(String value) {
        try {
            return Optional.of(SDK_DATE.parse(value, Instant::from));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Builds the canonical request over exactly {@code signedHeaders} (lower-case names, in the
     * order they are declared), each of which the request must carry.
     */
    static String canonicalRequest(SignableRequest request, List<String> signedHeaders) {
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : signedHeaders) {
            canonicalHeaders
                    .append(name)
                    .append(':')
                    .append(signedValue(request, name))
                    .append('\n');
        }
        String payloadHash = signedHeaders.contains("x-sdk-content-sha256")
                ? signedValue(request, "x-sdk-content-sha256")
                : HEX.formatHex(sha256(request.bodyBytes()));
        return String.join(
                "\n",
                request.method(),
                canonicalUri(request.path()),
                canonicalQuery(request.queryParameters()),
                canonicalHeaders.toString(),
                String.join(";", signedHeaders),
                payloadHash);
    }

    static String stringToSign(String sdkDate, String canonicalRequest) {
        return ALGORITHM + "\n" + sdkDate + "\n"
                + HEX.formatHex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] signature(String secretKey, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
        }
    }

    /** Encodes each segment and ends with {@code /}; like the SDK, trailing empty segments collapse. */
    static String canonicalUri(String path) {
        StringBuilder uri = new StringBuilder();
        for (String segment : path.split("/")) {
            uri.append(PercentEncoding.encode(segment)).append('/');
        }
        return uri.length() == 0 ? "/" : uri.toString();
    }

    /**
     * Sorts by encoded key; a repeated key keeps its values in request order, as the SDK does
     * (it does not sort values); a key without values gives {@code key=}.
     */
    static String canonicalQuery(Map<String, List<String>> parameters) {
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        parameters.forEach((key, values) -> sorted.put(
                PercentEncoding.encode(key),
                values.stream().map(PercentEncoding::encode).toList()));
        List<String> pairs = new ArrayList<>();
        sorted.forEach((key, values) -> {
            if (values.isEmpty()) {
                pairs.add(key + "=");
            }
            values.forEach(value -> pairs.add(key + "=" + value));
        });
        return String.join("&", pairs);
    }

    private static String signedValue(SignableRequest request, String name) {
        return request.header(name)
                .orElseThrow(() -> new IllegalArgumentException("signed header '" + name + "' is missing"))
                .trim();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}

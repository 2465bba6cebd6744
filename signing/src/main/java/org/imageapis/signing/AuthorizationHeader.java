package org.imageapis.signing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code SDK-HMAC-SHA256 Access={AK}, SignedHeaders={h1;h2}, Signature={hex}}, written by the
 * signer and parsed strictly by the verifier.
 */
record AuthorizationHeader(String accessKey, List<String> signedHeaders, String signature) {

    private static final String PREFIX = SdkHmacSha256.ALGORITHM + " ";
    private static final Pattern ACCESS_KEY = Pattern.compile("[\\x21-\\x7E&&[^,;=]]+");
    /** An RFC 9110 token in lower case, which is how signers declare header names. */
    private static final Pattern HEADER_NAME = Pattern.compile("[a-z0-9!#$%&'*+.^_`|~-]+");

    private static final Pattern SIGNATURE = Pattern.compile("[0-9a-fA-F]{64}");

    String format() {
        return PREFIX + "Access=" + accessKey + ", SignedHeaders=" + String.join(";", signedHeaders) + ", Signature="
                + signature;
    }

    static Optional<AuthorizationHeader> parse(String header) {
        if (!header.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        for (String part : header.substring(PREFIX.length()).split(",", -1)) {
            String[] keyValue = part.trim().split("=", 2);
            if (keyValue.length != 2 || fields.put(keyValue[0], keyValue[1]) != null) {
                return Optional.empty();
            }
        }
        String accessKey = fields.remove("Access");
        String signedHeaders = fields.remove("SignedHeaders");
        String signature = fields.remove("Signature");
        if (!fields.isEmpty()
                || accessKey == null
                || signedHeaders == null
                || signature == null
                || !ACCESS_KEY.matcher(accessKey).matches()
                || !SIGNATURE.matcher(signature).matches()) {
            return Optional.empty();
        }
        List<String> names = List.of(signedHeaders.split(";", -1));
        boolean validNames =
                names.stream().allMatch(name -> HEADER_NAME.matcher(name).matches())
                        && new HashSet<>(names).size() == names.size();
        return validNames ? Optional.of(new AuthorizationHeader(accessKey, names, signature)) : Optional.empty();
    }

    /** Leaves the signature out so that logging this value cannot leak it. */
    @Override
    public String toString() {
        return "AuthorizationHeader[accessKey=" + accessKey + ", signedHeaders=" + signedHeaders + "]";
    }
}

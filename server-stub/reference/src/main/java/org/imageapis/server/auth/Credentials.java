package org.imageapis.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the server accepts: the listed tokens (any non-empty token when none is listed) and the
 * access key / secret key pairs. {@link #toString()} shows counts only.
 */
public final class Credentials {

    private final List<String> tokens;
    /** The tokens as bytes, encoded once: every request compares against them. */
    private final byte[][] tokenBytes;

    private final Map<String, String> secretKeys;

    /**
     * @param tokens     the accepted tokens; empty accepts any non-empty token
     * @param secretKeys each accepted access key with its secret key
     */
    public Credentials(List<String> tokens, Map<String, String> secretKeys) {
        this.tokens = List.copyOf(tokens);
        this.tokenBytes = this.tokens.stream()
                .map(token -> token.getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        this.secretKeys = Map.copyOf(secretKeys);
    }

    /**
     * @param token the {@code X-Auth-Token} value
     * @return whether it is accepted (compared in constant time)
     */
    public boolean acceptsToken(String token) {
        if (token.isEmpty()) {
            return false;
        }
        if (tokenBytes.length == 0) {
            return true;
        }
        byte[] presented = token.getBytes(StandardCharsets.UTF_8);
        for (byte[] known : tokenBytes) {
            if (MessageDigest.isEqual(known, presented)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param accessKey an access key
     * @return its secret key, or empty when the key is unknown
     */
    public Optional<String> secretKey(String accessKey) {
        return Optional.ofNullable(secretKeys.get(accessKey));
    }

    @Override
    public String toString() {
        return "Credentials[" + (tokens.isEmpty() ? "any token" : tokens.size() + " tokens") + ", " + secretKeys.size()
                + " access keys]";
    }
}

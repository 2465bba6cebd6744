package org.imageapis.signing;

import java.util.Optional;

/**
 * An access key / secret key pair, plus the security token that comes with temporary
 * credentials. {@link #toString()} shows the access key only.
 */
public final class AkSkCredentials {

    private final String accessKey;
    private final String secretKey;
    private final String securityToken;

    private AkSkCredentials(String accessKey, String secretKey, String securityToken) {
        this.accessKey = requireNonEmpty(accessKey, "access key");
        this.secretKey = requireNonEmpty(secretKey, "secret key");
        this.securityToken = securityToken;
    }

    /** Permanent credentials. */
    public static AkSkCredentials of(String accessKey, String secretKey) {
        return new AkSkCredentials(accessKey, secretKey, null);
    }

    /** Temporary credentials: requests also carry a signed {@code X-Security-Token}. */
    public static AkSkCredentials temporary(String accessKey, String secretKey, String securityToken) {
        return new AkSkCredentials(accessKey, secretKey, requireNonEmpty(securityToken, "security token"));
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    public Optional<String> securityToken() {
        return Optional.ofNullable(securityToken);
    }

    @Override
    public String toString() {
        return "AkSkCredentials[accessKey=" + accessKey + (securityToken == null ? "" : ", temporary") + "]";
    }

    private static String requireNonEmpty(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }
}

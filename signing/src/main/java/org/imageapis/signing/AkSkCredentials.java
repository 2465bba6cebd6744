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

    /**
     * Permanent credentials.
     *
     * @param accessKey the access key (AK), not empty
     * @param secretKey the secret key (SK), not empty
     * @return the credentials
     */
    public static AkSkCredentials of(String accessKey, String secretKey) {
        return new AkSkCredentials(accessKey, secretKey, null);
    }

    /**
     * Temporary credentials: requests also carry a signed {@code X-Security-Token}.
     *
     * @param accessKey the temporary access key, not empty
     * @param secretKey the temporary secret key, not empty
     * @param securityToken the token issued with them, not empty
     * @return the credentials
     */
    public static AkSkCredentials temporary(String accessKey, String secretKey, String securityToken) {
        return new AkSkCredentials(accessKey, secretKey, requireNonEmpty(securityToken, "security token"));
    }

    /** @return the access key, which is safe to log */
    public String accessKey() {
        return accessKey;
    }

    /** @return the secret key: never log it */
    public String secretKey() {
        return secretKey;
    }

    /** @return the security token of temporary credentials, empty for permanent ones */
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

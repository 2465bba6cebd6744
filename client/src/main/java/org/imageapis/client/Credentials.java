package org.imageapis.client;

import java.util.Objects;
import org.imageapis.signing.AkSkCredentials;

/**
 * How requests are authenticated: an IAM token, or an access key / secret key pair that signs
 * each request. {@code toString()} never shows a token or secret.
 */
public sealed interface Credentials permits Credentials.Token, Credentials.AccessKey {

    /**
     * An IAM token (the {@code X-Subject-Token} of the IAM token API), sent as {@code X-Auth-Token}.
     *
     * @param token the token, not blank
     * @return the credentials
     */
    static Credentials token(String token) {
        return new Token(token);
    }

    /**
     * Permanent AK/SK: each request is signed with {@code SDK-HMAC-SHA256}.
     *
     * @param accessKey the access key, not empty
     * @param secretKey the secret key, not empty
     * @return the credentials
     */
    static Credentials accessKey(String accessKey, String secretKey) {
        return new AccessKey(AkSkCredentials.of(accessKey, secretKey));
    }

    /**
     * Temporary AK/SK with their security token, which is sent (and signed) as {@code X-Security-Token}.
     *
     * @param accessKey the temporary access key, not empty
     * @param secretKey the temporary secret key, not empty
     * @param securityToken the token issued with them, not empty
     * @return the credentials
     */
    static Credentials temporaryAccessKey(String accessKey, String secretKey, String securityToken) {
        return new AccessKey(AkSkCredentials.temporary(accessKey, secretKey, securityToken));
    }

    /** An IAM token. */
    final class Token implements Credentials {
        private final String value;

        private Token(String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("token must not be empty");
            }
            this.value = value;
        }

        String value() {
            return value;
        }

        @Override
        public String toString() {
            return "Credentials.Token[****]";
        }
    }

    /** An AK/SK pair, possibly temporary. */
    final class AccessKey implements Credentials {
        private final AkSkCredentials keys;

        private AccessKey(AkSkCredentials keys) {
            this.keys = Objects.requireNonNull(keys, "keys");
        }

        AkSkCredentials keys() {
            return keys;
        }

        @Override
        public String toString() {
            return "Credentials.AccessKey[" + keys + "]";
        }
    }
}

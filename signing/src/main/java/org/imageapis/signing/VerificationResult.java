package org.imageapis.signing;

import java.util.Objects;
import java.util.Optional;

/**
 * Outcome of {@link SignatureVerifier#verify}: the verified access key, or a reason and a message
 * fit for logs and error responses (it never holds a secret key, token or signature).
 */
public final class VerificationResult {

    private final String accessKey;
    private final FailureReason failureReason;
    private final String message;

    private VerificationResult(String accessKey, FailureReason failureReason, String message) {
        this.accessKey = accessKey;
        this.failureReason = failureReason;
        this.message = message;
    }

    static VerificationResult verified(String accessKey) {
        return new VerificationResult(Objects.requireNonNull(accessKey), null, "signature verified");
    }

    static VerificationResult rejected(FailureReason reason, String message) {
        return new VerificationResult(null, Objects.requireNonNull(reason), Objects.requireNonNull(message));
    }

    /** @return whether the signature was verified */
    public boolean isVerified() {
        return failureReason == null;
    }

    /** @return the access key that signed the request, when verified */
    public Optional<String> accessKey() {
        return Optional.ofNullable(accessKey);
    }

    /** @return why the request was rejected, empty when verified */
    public Optional<FailureReason> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    /** @return a message fit for logs and error responses */
    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return isVerified()
                ? "VerificationResult[verified, accessKey=" + accessKey + "]"
                : "VerificationResult[" + failureReason + ": " + message + "]";
    }
}

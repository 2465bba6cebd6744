package org.imageapis.signing;

/** Why {@link SignatureVerifier} rejected a request, in the order it checks. */
public enum FailureReason {
    /** No {@code Authorization} header. */
    MISSING,
    /** The {@code Authorization} header cannot be parsed, or a header it declares signed is absent. */
    MALFORMED,
    /** {@code host} is not among the signed headers, or the request has no {@code Host}. */
    HOST_NOT_SIGNED,
    /** {@code x-sdk-date} is not among the signed headers, or the request has no {@code X-Sdk-Date}. */
    DATE_NOT_SIGNED,
    /** {@code X-Sdk-Date} is not a {@code yyyyMMdd'T'HHmmss'Z'} date. */
    DATE_INVALID,
    /** {@code X-Sdk-Date} is further from the verifier's clock than the allowed skew. */
    DATE_SKEWED,
    /** No secret key is known for the access key. */
    UNKNOWN_ACCESS_KEY,
    /** The recomputed signature differs: wrong secret key or a request changed in transit. */
    SIGNATURE_MISMATCH
}

package org.imageapis.signing;

/** Names of the headers the signature scheme reads or writes. */
public final class SigningHeaders {

    /** Carries the algorithm, the access key, the signed header names and the signature. */
    public static final String AUTHORIZATION = "Authorization";
    /** Always signed: a signature is only good for the authority it was made for. */
    public static final String HOST = "Host";
    /** The signing time, always signed; the verifier compares it with its clock. */
    public static final String X_SDK_DATE = "X-Sdk-Date";
    /** The token of temporary credentials, signed with the request. */
    public static final String X_SECURITY_TOKEN = "X-Security-Token";
    /** The project a request acts on, signed like any other header the client sends. */
    public static final String X_PROJECT_ID = "X-Project-Id";
    /**
     * When signed, its value replaces the body hash in the canonical request; the provider's SDK
     * sends {@value #UNSIGNED_PAYLOAD} here for bodies that are not JSON.
     */
    public static final String X_SDK_CONTENT_SHA256 = "X-Sdk-Content-Sha256";

    /** The {@link #X_SDK_CONTENT_SHA256} value that leaves the body out of the signature. */
    public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    private SigningHeaders() {}
}

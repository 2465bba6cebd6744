package org.imageapis.signing;

/** Names of the headers the signature scheme reads or writes. */
public final class SigningHeaders {

    public static final String AUTHORIZATION = "Authorization";
    public static final String HOST = "Host";
    public static final String X_SDK_DATE = "X-Sdk-Date";
    public static final String X_SECURITY_TOKEN = "X-Security-Token";
    public static final String X_PROJECT_ID = "X-Project-Id";
    /**
     * When signed, its value replaces the body hash in the canonical request; the provider's SDK
     * sends {@value #UNSIGNED_PAYLOAD} here for bodies that are not JSON.
     */
    public static final String X_SDK_CONTENT_SHA256 = "X-Sdk-Content-Sha256";

    public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    private SigningHeaders() {}
}

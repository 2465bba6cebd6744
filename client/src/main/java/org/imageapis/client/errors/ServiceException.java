package org.imageapis.client.errors;

import java.util.Optional;

/**
 * The service answered with an error status. Carries what the providers' error bodies hold
 * ({@code error_code}/{@code error_msg}, or {@code code}/{@code message}), the
 * {@code X-Request-Id} to quote to support, and the raw body for anything else.
 */
public class ServiceException extends ImageApisException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status of the error response. */
    private final int status;
    /** The provider's error code, or null. */
    private final String errorCode;
    /** The provider's error message, or null. */
    private final String errorMsg;
    /** The {@code X-Request-Id} response header, or null. */
    private final String requestId;
    /** The response body as received. */
    private final String rawBody;

    /** @param details what the error response held, as the transport read it */
    public ServiceException(ErrorDetails details) {
        super(details.message());
        this.status = details.status();
        this.errorCode = details.errorCode();
        this.errorMsg = details.errorMsg();
        this.requestId = details.requestId();
        this.rawBody = details.rawBody();
    }

    /** @return the HTTP status of the error response */
    public int status() {
        return status;
    }

    /** @return the provider's error code, such as {@code SWR.0001}, when the body held one */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** @return the provider's error message, when the body held one */
    public Optional<String> errorMsg() {
        return Optional.ofNullable(errorMsg);
    }

    /** @return the {@code X-Request-Id} response header, to quote to support */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** @return the response body as received (empty when there was none) */
    public String rawBody() {
        return rawBody;
    }
}

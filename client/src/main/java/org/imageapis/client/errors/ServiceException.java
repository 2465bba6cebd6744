package org.imageapis.client.errors;

import java.util.Optional;

/**
 * The service answered with an error status. Carries what the providers' error bodies hold
 * ({@code error_code}/{@code error_msg}, or {@code code}/{@code message}), the
 * {@code X-Request-Id} to quote to support, and the raw body for anything else.
 */
public class ServiceException extends ImageApisException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;
    private final String errorMsg;
    private final String requestId;
    private final String rawBody;

    public ServiceException(ErrorDetails details) {
        super(details.message());
        this.status = details.status();
        this.errorCode = details.errorCode();
        this.errorMsg = details.errorMsg();
        this.requestId = details.requestId();
        this.rawBody = details.rawBody();
    }

    public int status() {
        return status;
    }

    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    public Optional<String> errorMsg() {
        return Optional.ofNullable(errorMsg);
    }

    /** The {@code X-Request-Id} response header. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The response body as received (empty when there was none). */
    public String rawBody() {
        return rawBody;
    }
}

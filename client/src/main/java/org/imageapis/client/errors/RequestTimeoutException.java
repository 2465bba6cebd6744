package org.imageapis.client.errors;

/** No response within the request timeout. Not retried: the timeout bounds the caller's wait. */
public class RequestTimeoutException extends ImageApisException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, without credentials
     * @param cause the underlying failure, or null
     */
    public RequestTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}

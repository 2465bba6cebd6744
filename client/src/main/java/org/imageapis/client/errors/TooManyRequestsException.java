package org.imageapis.client.errors;

/** HTTP 429: throttled; thrown once retries (which honour Retry-After) are used up. */
public class TooManyRequestsException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    /** @param details what the error response held, as the transport read it */
    public TooManyRequestsException(ErrorDetails details) {
        super(details);
    }
}

package org.imageapis.client.errors;

/** HTTP 401: the token or AK/SK signature was missing, expired or wrong. */
public class UnauthorizedException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    /** @param details what the error response held, as the transport read it */
    public UnauthorizedException(ErrorDetails details) {
        super(details);
    }
}

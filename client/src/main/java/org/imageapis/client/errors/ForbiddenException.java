package org.imageapis.client.errors;

/** HTTP 403: the caller lacks the permission for this call. */
public class ForbiddenException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    /** @param details what the error response held, as the transport read it */
    public ForbiddenException(ErrorDetails details) {
        super(details);
    }
}

package org.imageapis.client.errors;

/** HTTP 400: a parameter is missing or invalid. */
public class BadRequestException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    /** @param details what the error response held, as the transport read it */
    public BadRequestException(ErrorDetails details) {
        super(details);
    }
}

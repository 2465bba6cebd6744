package org.imageapis.client.errors;

/** HTTP 400: a parameter is missing or invalid. */
public class BadRequestException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(ErrorDetails details) {
        super(details);
    }
}

package org.imageapis.client.errors;

/** HTTP 400: a parameter is missing or invalid. */
public class BadRequestException extends ClientErrorException {

    public BadRequestException(ErrorDetails details) {
        super(details);
    }
}

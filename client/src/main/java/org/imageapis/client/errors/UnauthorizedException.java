package org.imageapis.client.errors;

/** HTTP 401: the token or AK/SK signature was missing, expired or wrong. */
public class UnauthorizedException extends ClientErrorException {

    public UnauthorizedException(ErrorDetails details) {
        super(details);
    }
}

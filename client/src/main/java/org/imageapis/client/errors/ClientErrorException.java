package org.imageapis.client.errors;

/** A 4xx response: the request was refused as sent. */
public class ClientErrorException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public ClientErrorException(ErrorDetails details) {
        super(details);
    }
}

package org.imageapis.client.errors;

/** A 4xx response: the request was refused as sent. */
public class ClientErrorException extends ServiceException {
    private static final long serialVersionUID = 1L;

    /** @param details what the error response held, as the transport read it */
    public ClientErrorException(ErrorDetails details) {
        super(details);
    }
}

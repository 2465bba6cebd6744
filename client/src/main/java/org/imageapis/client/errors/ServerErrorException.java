package org.imageapis.client.errors;

/** A 5xx response: the service failed. 502, 503 and 504 are retried first. */
public class ServerErrorException extends ServiceException {
    private static final long serialVersionUID = 1L;

    /** @param details what the error response held, as the transport read it */
    public ServerErrorException(ErrorDetails details) {
        super(details);
    }
}

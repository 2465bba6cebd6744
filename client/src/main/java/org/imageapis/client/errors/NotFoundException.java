package org.imageapis.client.errors;

/** HTTP 404: the project, image or route does not exist. */
public class NotFoundException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    /** @param details what the error response held, as the transport read it */
    public NotFoundException(ErrorDetails details) {
        super(details);
    }
}

package org.imageapis.client.errors;

/** HTTP 404: the project, image or route does not exist. */
public class NotFoundException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(ErrorDetails details) {
        super(details);
    }
}

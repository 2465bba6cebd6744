package org.imageapis.client.errors;

/** HTTP 404: the project, image or route does not exist. */
public class NotFoundException extends ClientErrorException {

    public NotFoundException(ErrorDetails details) {
        super(details);
    }
}

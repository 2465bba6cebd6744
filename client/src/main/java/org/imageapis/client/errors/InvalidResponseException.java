package org.imageapis.client.errors;

/** A success response whose body does not match the API description, so it cannot be mapped. */
public class InvalidResponseException extends ImageApisException {
    private static final long serialVersionUID = 1L;

    public InvalidResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}

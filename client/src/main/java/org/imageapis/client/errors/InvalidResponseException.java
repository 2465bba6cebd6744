package org.imageapis.client.errors;

/** A success response whose body does not match the API description, so it cannot be mapped. */
public class InvalidResponseException extends ImageApisException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, without credentials
     * @param cause the underlying failure, or null
     */
    public InvalidResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}

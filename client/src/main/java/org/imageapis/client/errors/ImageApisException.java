package org.imageapis.client.errors;

/** Base of every exception the client throws for a failed call. Messages never contain credentials. */
public class ImageApisException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, without credentials */
    public ImageApisException(String message) {
        super(message);
    }

    /**
     * @param message what failed, without credentials
     * @param cause the underlying failure, or null
     */
    public ImageApisException(String message, Throwable cause) {
        super(message, cause);
    }
}

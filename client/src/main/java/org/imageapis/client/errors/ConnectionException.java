package org.imageapis.client.errors;

/** No response: the connection could not be made or broke off. Retried before it is thrown. */
public class ConnectionException extends ImageApisException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, without credentials
     * @param cause the underlying failure, or null
     */
    public ConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}

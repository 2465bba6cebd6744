package org.imageapis.client.errors;

/** No response: the connection could not be made or broke off. Retried before it is thrown. */
public class ConnectionException extends ImageApisException {
    private static final long serialVersionUID = 1L;

    public ConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}

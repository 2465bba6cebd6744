package org.imageapis.client.errors;

/** No response: the connection could not be made or broke off. Retried before it is thrown. */
public class ConnectionException extends ImageApisException {

    public ConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}

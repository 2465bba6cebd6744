package org.imageapis.client.errors;

/**
 * The credentials provider failed or gave no credentials; nothing was sent. The provider's own
 * exception, if any, is the cause; this message never repeats it, since it may quote a secret.
 */
public class CredentialsException extends ImageApisException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, without credentials
     * @param cause the underlying failure, or null
     */
    public CredentialsException(String message, Throwable cause) {
        super(message, cause);
    }
}

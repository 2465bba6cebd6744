package org.imageapis.conformance.tck;

/** A base URL the kit was given accepts no connection: the run does not start. */
public final class UnreachableServerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnreachableServerException(String message, Throwable cause) {
        super(message, cause);
    }
}

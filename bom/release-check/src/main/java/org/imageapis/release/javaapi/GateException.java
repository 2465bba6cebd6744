package org.imageapis.release.javaapi;

/** The gate cannot run: an unreadable acknowledgements file, a missing jar. The message says which. */
final class GateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GateException(String message) {
        super(message);
    }
}

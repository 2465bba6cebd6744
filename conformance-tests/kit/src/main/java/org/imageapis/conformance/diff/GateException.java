package org.imageapis.conformance.diff;

/** The gate cannot run: a missing baseline, an unreadable acknowledgements file. The message says which. */
final class GateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GateException(String message) {
        super(message);
    }
}

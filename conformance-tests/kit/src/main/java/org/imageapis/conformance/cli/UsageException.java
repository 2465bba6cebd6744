package org.imageapis.conformance.cli;

/** A command-line argument names something that does not exist; the message says what exists. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}

package org.imageapis.conformance.cli;

/** A command-line argument names something that does not exist; the message says what exists. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}

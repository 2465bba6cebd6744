package org.imageapis.conformance;

/** A spec could not be read or parsed. */
public class SpecLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what cannot be loaded, and why */
    public SpecLoadException(String message) {
        super(message);
    }

    /**
     * @param message what cannot be loaded, and why
     * @param cause   the parser's or reader's failure
     */
    public SpecLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}

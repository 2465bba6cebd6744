package org.imageapis.server.data;

/** A dataset that cannot be used; the message is one line naming the JSON pointer at fault. */
public final class DatasetException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message one line naming the JSON pointer at fault */
    public DatasetException(String message) {
        super(message);
    }
}

package org.imageapis.server.data;

/** A dataset that cannot be used; the message is one line naming the JSON pointer at fault. */
public final class DatasetException extends Exception {

    public DatasetException(String message) {
        super(message);
    }
}

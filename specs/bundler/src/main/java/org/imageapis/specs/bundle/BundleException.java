package org.imageapis.specs.bundle;

/** A problem in the source specs that stops bundling; the message is one line naming the file at fault. */
public final class BundleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BundleException(String message) {
        super(message);
    }
}

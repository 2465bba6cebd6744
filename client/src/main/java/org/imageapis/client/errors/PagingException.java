package org.imageapis.client.errors;

/** Auto-paging stopped because the server sent the same page again: it is not honouring {@code offset}. */
public class PagingException extends ImageApisException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, without credentials */
    public PagingException(String message) {
        super(message);
    }
}

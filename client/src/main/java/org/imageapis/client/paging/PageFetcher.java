package org.imageapis.client.paging;

/** Fetches the page that starts at {@code offset} with at most {@code limit} items. */
@FunctionalInterface
public interface PageFetcher<T> {

    /**
     * @param offset the offset of the first item wanted
     * @param limit the most items wanted
     * @return the page
     */
    Page<T> fetch(int offset, int limit);
}

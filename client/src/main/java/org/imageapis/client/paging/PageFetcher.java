package org.imageapis.client.paging;

/** Fetches the page that starts at {@code offset} with at most {@code limit} items. */
@FunctionalInterface
public interface PageFetcher<T> {

    Page<T> fetch(int offset, int limit);
}

package org.imageapis.client.paging;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.imageapis.client.errors.PagingException;

/**
 * All items of a paged call, fetched lazily one page at a time with {@code offset}/{@code limit}.
 * Each {@link #iterator()} (and each {@link #stream()}) starts again from the first page.
 *
 * <p>Paging stops when the next offset reaches the total the last page stated (so a total that
 * changes between pages is followed), when a page is empty, or, for responses without a total,
 * when a page is shorter than the limit. A page shorter than the limit does not end paging when
 * a total says more items exist: services cap the limit below what was asked. A page equal to the
 * previous one means the server ignores {@code offset}; that throws {@link PagingException} rather
 * than loop forever or return duplicates.
 */
public final class AutoPager<T> implements Iterable<T> {

    private final int startOffset;
    private final int pageSize;
    private final PageFetcher<T> fetcher;

    /**
     * @param startOffset the offset of the first page, not negative
     * @param pageSize the items asked for per page, at least 1
     * @param fetcher fetches one page
     */
    public AutoPager(int startOffset, int pageSize, PageFetcher<T> fetcher) {
        if (startOffset < 0 || pageSize < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and page size >= 1");
        }
        this.startOffset = startOffset;
        this.pageSize = pageSize;
        this.fetcher = fetcher;
    }

    @Override
    public Iterator<T> iterator() {
        return new PagingIterator();
    }

    /** @return the items, fetched page by page as the stream is consumed */
    public Stream<T> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private final class PagingIterator implements Iterator<T> {
        private int offset = startOffset;
        private int previousOffset = -1;
        private List<T> previousItems = List.of();
        private Iterator<T> current = List.<T>of().iterator();
        private boolean lastPageFetched;

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !lastPageFetched) {
                fetchNextPage();
            }
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        private void fetchNextPage() {
            Page<T> page = fetcher.fetch(offset, pageSize);
            List<T> items = page.items();
            if (!items.isEmpty() && items.equals(previousItems)) {
                throw new PagingException("the page at offset " + offset + " repeats the page at offset "
                        + previousOffset + " (" + items.size() + " items): the server is not honouring offset");
            }
            previousOffset = offset;
            previousItems = items;
            offset += items.size();
            current = items.iterator();
            lastPageFetched = items.isEmpty()
                    || (page.total().isPresent() ? offset >= page.total().getAsLong() : items.size() < pageSize);
        }
    }
}

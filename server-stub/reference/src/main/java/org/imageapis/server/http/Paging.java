package org.imageapis.server.http;

import java.util.List;
import java.util.function.IntFunction;

/** Offset/limit slicing shared by the APIs; an offset past the end gives an empty page. */
public final class Paging {

    private Paging() {}

    /**
     * The page {@code all[offset .. offset + limit)}, a view of {@code all}.
     *
     * @param <T>    the record type
     * @param all    the records
     * @param offset the first record's offset; past the end gives an empty page
     * @param limit  the most records
     * @return the page
     */
    public static <T> List<T> slice(List<T> all, long offset, long limit) {
        int from = (int) Math.min(Math.max(offset, 0), all.size());
        int to = (int) Math.min(from + Math.max(limit, 0), all.size());
        return all.subList(from, to);
    }

    /**
     * The page of a view: the records at {@code positions[offset .. offset + limit)}.
     *
     * @param <T> the record type
     * @param positions the view's record positions
     * @param offset the first position's offset; past the end gives an empty page
     * @param limit the most records
     * @param record reads the record at a position
     * @return the page
     */
    public static <T> List<T> slice(int[] positions, long offset, long limit, IntFunction<T> record) {
        int from = (int) Math.min(Math.max(offset, 0), positions.length);
        int to = (int) Math.min(from + Math.max(limit, 0), positions.length);
        Object[] page = new Object[to - from];
        for (int i = from; i < to; i++) {
            page[i - from] = record.apply(positions[i]);
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) List.of(page);
        return list;
    }
}

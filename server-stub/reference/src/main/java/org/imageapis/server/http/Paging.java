package org.imageapis.server.http;

import java.util.List;

/** Offset/limit slicing shared by the APIs; an offset past the end gives an empty page. */
public final class Paging {

    private Paging() {
    }

    public static <T> List<T> slice(List<T> all, long offset, long limit) {
        int from = (int) Math.min(Math.max(offset, 0), all.size());
        int to = (int) Math.min(from + Math.max(limit, 0), all.size());
        return all.subList(from, to);
    }
}

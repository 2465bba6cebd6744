package org.imageapis.server.data;

/**
 * The filters of the APIs' list queries, one definition for every resource: a filter the request leaves out
 * (null) accepts every record, and a record without the field fails any filter on it.
 */
public final class Filters {

    private Filters() {}

    /**
     * {@code wanted} is absent, or equals {@code actual}.
     *
     * @param wanted the filter's value, or null when the request sets none
     * @param actual the record's value
     * @return whether the record passes
     */
    public static boolean exact(Object wanted, Object actual) {
        return wanted == null || wanted.equals(actual);
    }

    /**
     * {@code wanted} is absent, or is part of {@code actual} (a substring).
     *
     * @param wanted the filter's value, or null when the request sets none
     * @param actual the record's value
     * @return whether the record passes
     */
    public static boolean partial(String wanted, String actual) {
        return wanted == null || (actual != null && actual.contains(wanted));
    }
}

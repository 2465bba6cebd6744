package org.imageapis.server.data;

import java.util.Arrays;
import java.util.List;

/**
 * The stable sort of a whole dataset by some {@link SortKey}s: the permutation of its positions. The key values are
 * read once per record into columns first (a synthetic record is computed on every read), then compared.
 */
final class SortedOrder {

    private SortedOrder() {
    }

    /** Positions in ascending key order; equal keys keep dataset order. */
    static <R> int[] ascending(List<R> records, List<SortKey<R>> keys) {
        Comparable<?>[][] columns = columns(records, keys);
        Integer[] positions = new Integer[records.size()];
        Arrays.setAll(positions, i -> i);
        // Arrays.sort on objects is a stable merge sort, like the stream sort the answers are defined by.
        Arrays.sort(positions, (a, b) -> compare(columns, a, b));
        return Arrays.stream(positions).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Positions in descending key order, from the ascending ones: the runs of equal keys in reverse order, each run
     * still in dataset order (a stable sort by the reversed comparator keeps ties in dataset order too).
     */
    static <R> int[] descending(int[] ascending, List<R> records, List<SortKey<R>> keys) {
        Comparable<?>[][] columns = columns(records, keys);
        int[] descending = new int[ascending.length];
        int out = 0;
        int runEnd = ascending.length;
        while (runEnd > 0) {
            int runStart = runEnd - 1;
            while (runStart > 0 && compare(columns, ascending[runStart - 1], ascending[runEnd - 1]) == 0) {
                runStart--;
            }
            System.arraycopy(ascending, runStart, descending, out, runEnd - runStart);
            out += runEnd - runStart;
            runEnd = runStart;
        }
        return descending;
    }

    private static <R> Comparable<?>[][] columns(List<R> records, List<SortKey<R>> keys) {
        Comparable<?>[][] columns = new Comparable<?>[keys.size()][records.size()];
        for (int i = 0; i < records.size(); i++) {
            R record = records.get(i);
            for (int k = 0; k < keys.size(); k++) {
                columns[k][i] = keys.get(k).field().apply(record);
            }
        }
        return columns;
    }

    @SuppressWarnings("unchecked")
    private static int compare(Comparable<?>[][] columns, int a, int b) {
        for (Comparable<?>[] column : columns) {
            int c = SortKey.VALUES.compare(column[a], column[b]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}

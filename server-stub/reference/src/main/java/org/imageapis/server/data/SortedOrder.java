package org.imageapis.server.data;

import java.util.Arrays;
import java.util.List;

/**
 * The stable sort of a whole dataset by some {@link SortKey}s: the permutation of its positions. The key values are
 * read once per record into columns first (a synthetic record is computed on every read), then compared. The
 * positions are sorted as primitives by a merge sort of our own: boxing a million of them cost 20 MB, which a
 * server run with a small heap (the fast-start command of docs/reference-server.md) could not spare beside the columns.
 */
final class SortedOrder {

    private SortedOrder() {}

    /** Positions in ascending key order; equal keys keep dataset order. */
    static <R> int[] ascending(List<R> records, List<SortKey<R>> keys) {
        Comparable<?>[][] columns = columns(records, keys);
        int[] positions = new int[records.size()];
        Arrays.setAll(positions, i -> i);
        mergeSort(positions, new int[positions.length], 0, positions.length, columns);
        return positions;
    }

    /** Sorts {@code a[from, to)} stably (equal keys keep their order, like the stream sort answers are defined by). */
    private static void mergeSort(int[] a, int[] buffer, int from, int to, Comparable<?>[][] columns) {
        if (to - from < 16) {
            for (int i = from + 1; i < to; i++) { // insertion sort: stable, and quick on short runs
                int value = a[i];
                int j = i - 1;
                while (j >= from && compare(columns, a[j], value) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = value;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(a, buffer, from, middle, columns);
        mergeSort(a, buffer, middle, to, columns);
        if (compare(columns, a[middle - 1], a[middle]) <= 0) {
            return; // already in order
        }
        System.arraycopy(a, from, buffer, from, middle - from);
        int left = from;
        int right = middle;
        int out = from;
        while (left < middle && right < to) {
            a[out++] = compare(columns, a[right], buffer[left]) < 0 ? a[right++] : buffer[left++];
        }
        System.arraycopy(buffer, left, a, out, middle - left);
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

package org.imageapis.server.data;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds the records that answer a query, in the order of the answer, once per distinct query: the positions are
 * kept (a view), so every page of it, its count and every later request with the same filters and sort cost
 * nothing more than slicing. Sorted views come from one sorted order of the whole dataset per sort, also kept,
 * and filtered in that order; this gives exactly a stable sort of the filtered records.
 *
 * <p>Both caches are bounded: a few views of the whole dataset each, and no more than {@link #HEAP_SHARE a share} of
 * the heap, so that a server run with a small heap keeps fewer views rather than running out of memory (sorting a
 * million records needs room of its own). A query whose view was dropped is computed again.
 */
public final class RecordIndex<R> {

    /** Whole-dataset views each cache keeps, heap permitting. */
    private static final int VIEWS_KEPT = 8;
    /** The weight, in positions, each cache may keep at least, heap permitting: a small dataset keeps many views. */
    private static final long MIN_WEIGHT = 1 << 20;
    /** The part of the heap each cache may fill: two per API, so all of them together a sixth of it. */
    private static final int HEAP_SHARE = 48;

    private final List<R> records;
    private final BoundedCache<Object, int[]> views;
    private final BoundedCache<Order<R>, int[]> orders;

    /** @param records the records, in dataset order; the index reads them, it does not copy them */
    public RecordIndex(List<R> records) {
        this.records = records;
        long heapPositions = Runtime.getRuntime().maxMemory() / HEAP_SHARE / Integer.BYTES;
        long maxWeight = Math.min(heapPositions, Math.max(MIN_WEIGHT, (long) VIEWS_KEPT * records.size()));
        this.views = new BoundedCache<>(maxWeight, positions -> positions.length + 16L);
        this.orders = new BoundedCache<>(maxWeight, positions -> positions.length + 16L);
    }

    /** How records are sorted: by {@code keys} in turn, all ascending or all descending. */
    public record Order<R>(List<SortKey<R>> keys, boolean descending) {
        /**
         * Copies the keys; an order needs at least one.
         *
         * @param keys       the sort keys, most significant first
         * @param descending whether every key sorts descending
         */
        public Order {
            keys = List.copyOf(keys);
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("an order needs a sort key");
            }
        }
    }

    /** @return the records, in dataset order */
    public List<R> records() {
        return records;
    }

    /**
     * The positions of the records {@code filter} accepts, in dataset order or in {@code order} (null: dataset
     * order). {@code query} identifies the filter and the order: equal queries must have equal answers. The array
     * is shared: do not change it.
     *
     * @param query what identifies the filter and the order
     * @param filter which records to keep
     * @param order the sort order, or null for dataset order
     * @return the positions of the kept records, shared
     */
    public int[] find(Object query, Predicate<? super R> filter, Order<R> order) {
        return views.get(query, q -> order == null ? filterInDatasetOrder(filter) : filter(sorted(order), filter));
    }

    private int[] filterInDatasetOrder(Predicate<? super R> filter) {
        int[] matches = new int[records.size()];
        int count = 0;
        for (int i = 0; i < matches.length; i++) {
            if (filter.test(records.get(i))) {
                matches[count++] = i;
            }
        }
        return Arrays.copyOf(matches, count);
    }

    private int[] filter(int[] positions, Predicate<? super R> filter) {
        int[] matches = new int[positions.length];
        int count = 0;
        for (int position : positions) {
            if (filter.test(records.get(position))) {
                matches[count++] = position;
            }
        }
        return Arrays.copyOf(matches, count);
    }

    /** Every position in {@code order}; descending is computed from ascending. */
    int[] sorted(Order<R> order) {
        if (!order.descending()) {
            return orders.get(order, o -> SortedOrder.ascending(records, o.keys()));
        }
        return orders.get(order, o -> SortedOrder.descending(sorted(new Order<>(o.keys(), false)), records, o.keys()));
    }
}

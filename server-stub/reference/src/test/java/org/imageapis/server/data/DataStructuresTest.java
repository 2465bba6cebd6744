package org.imageapis.server.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pieces the views are made of: computed lists, the bounded cache, sorted orders, synthetic values. */
class DataStructuresTest {

    @Test
    void aComputedListReadsThroughAndJoinsWithoutCopying() {
        AtomicInteger reads = new AtomicInteger();
        List<Integer> computed = ComputedList.of(1_000_000, i -> {
            reads.incrementAndGet();
            return i * 2;
        });
        List<Integer> joined = ComputedList.concat(List.of(-1, -2), computed);

        assertThat(reads).hasValue(0);
        assertThat(joined).hasSize(1_000_002);
        assertThat(joined.get(0)).isEqualTo(-1);
        assertThat(joined.get(2)).isZero();
        assertThat(joined.get(1_000_001)).isEqualTo(1_999_998);
        assertThat(reads).hasValue(2);
        assertThat(ComputedList.immutable(computed)).isSameAs(computed);
        assertThatThrownBy(() -> joined.get(1_000_002)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> computed.set(0, 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theBoundedCacheKeepsTheMostRecentlyUsedWithinItsWeight() {
        BoundedCache<String, int[]> cache = new BoundedCache<>(10, value -> value.length);
        AtomicInteger computed = new AtomicInteger();
        cache.get("a", k -> count(computed, 4));
        cache.get("b", k -> count(computed, 4));
        cache.get("a", k -> count(computed, 4)); // a is now the most recent
        cache.get("c", k -> count(computed, 4)); // 12 > 10: b goes

        assertThat(computed).hasValue(3);
        assertThat(cache.size()).isEqualTo(2);
        cache.get("a", k -> count(computed, 4));
        assertThat(computed).hasValue(3);
        cache.get("b", k -> count(computed, 4));
        assertThat(computed).hasValue(4);

        int[] heavy = cache.get("heavy", k -> count(computed, 11));
        assertThat(heavy).hasSize(11); // answered, not kept
        assertThat(cache.size()).isEqualTo(2);
    }

    private static int[] count(AtomicInteger computed, int size) {
        computed.incrementAndGet();
        return new int[size];
    }

    /** Both orders equal a stable sort of the whole list, by the comparator and by its reverse. */
    @Test
    void sortedOrdersEqualAStableSortInBothDirections() {
        SortKey<int[]> first = new SortKey<>("first", r -> r[0] < 0 ? null : r[0]);
        SortKey<int[]> second = new SortKey<>("second", r -> r[1] < 0 ? null : r[1]);
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            List<int[]> records = IntStream.range(0, random.nextInt(seed % 20 == 0 ? 3000 : 50))
                    .mapToObj(i -> new int[] {random.nextInt(5) - 1, random.nextInt(3) - 1})
                    .toList();
            for (List<SortKey<int[]>> keys : List.of(List.of(first), List.of(second), List.of(first, second))) {
                Comparator<Integer> byKeys = (a, b) -> {
                    for (SortKey<int[]> key : keys) {
                        @SuppressWarnings({"unchecked", "rawtypes"})
                        int c = SortKey.VALUES.compare((Comparable) key.field().apply(records.get(a)), (Comparable)
                                key.field().apply(records.get(b)));
                        if (c != 0) {
                            return c;
                        }
                    }
                    return 0;
                };
                List<Integer> positions = new ArrayList<>(
                        IntStream.range(0, records.size()).boxed().toList());
                int[] ascending = SortedOrder.ascending(records, keys);
                assertThat(ascending)
                        .containsExactly(positions.stream()
                                .sorted(byKeys)
                                .mapToInt(Integer::intValue)
                                .toArray());
                assertThat(SortedOrder.descending(ascending, records, keys))
                        .containsExactly(positions.stream()
                                .sorted(byKeys.reversed())
                                .mapToInt(Integer::intValue)
                                .toArray());
            }
        }
    }

    @Test
    void recordIndexViewsEqualAFilterOfAStableSort() {
        SortKey<int[]> value = new SortKey<>("value", r -> r[0] < 0 ? null : r[0]);
        Random random = new Random(7);
        List<int[]> records = IntStream.range(0, 300)
                .mapToObj(i -> new int[] {random.nextInt(9) - 1, i % 4})
                .toList();
        RecordIndex<int[]> index = new RecordIndex<>(records);
        for (boolean descending : new boolean[] {false, true}) {
            for (int group = 0; group < 4; group++) {
                int wanted = group;
                RecordIndex.Order<int[]> order = new RecordIndex.Order<>(List.of(value), descending);
                Comparator<Integer> byValue = Comparator.comparing(
                        i -> value.field().apply(records.get(i)),
                        Comparator.nullsLast((a, b) -> ((Integer) a).compareTo((Integer) b)));
                int[] expected = IntStream.range(0, records.size())
                        .boxed()
                        .sorted(descending ? byValue.reversed() : byValue)
                        .filter(i -> records.get(i)[1] == wanted)
                        .mapToInt(Integer::intValue)
                        .toArray();
                assertThat(index.find(List.of(descending, wanted), r -> r[1] == wanted, order))
                        .containsExactly(expected);
                assertThat(index.find(List.of(wanted), r -> r[1] == wanted, null))
                        .containsExactly(IntStream.range(0, records.size())
                                .filter(i -> i % 4 == wanted)
                                .toArray());
            }
        }
    }

    @Test
    void syntheticValuesAreWhatStringFormatGave() {
        for (int i : new int[] {0, 1, 9, 10, 99_999, 100_000, 999_999, 1_000_000, 1_234_567}) {
            assertThat("synthetic-image-" + SyntheticData.zeroPadded(Integer.toString(i), 6))
                    .isEqualTo(String.format("synthetic-image-%06d", i));
            assertThat("sha256:" + SyntheticData.zeroPadded(Integer.toHexString(i), 64))
                    .isEqualTo(String.format("sha256:%064x", i));
        }
        assertThat(SyntheticData.modelArts(12).group().getName()).isEqualTo("synthetic-image-000012");
        assertThat(SyntheticData.workspace(12).getName()).isEqualTo("synthetic_instance_000012");
        assertThat(SyntheticData.swr(12).repository().getName()).isEqualTo("synthetic-repo-000012");
    }

    @Test
    void aMillionSyntheticRecordsPerApiCostNothingUntilRead() {
        Dataset dataset = DatasetLoader.builtIn().plus(SyntheticData.generate(1_000_000));

        assertThat(dataset.modelarts()).hasSize(1_000_008);
        assertThat(dataset.workspace().get(dataset.workspace().size() - 1).getName())
                .isEqualTo("synthetic_instance_999999");
        assertThat(dataset.hss().get(dataset.hss().size() - 1).basicImages()).hasSize(1_000_000);
    }
}

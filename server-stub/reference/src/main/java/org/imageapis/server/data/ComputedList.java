package org.imageapis.server.data;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An unmodifiable list whose elements are computed from their index when read, and lists joined without copying.
 * Synthetic records are a function of their index, so a million of them need no memory until they are read:
 * the server starts at once and holds only what its caches keep.
 */
public final class ComputedList<T> extends AbstractList<T> implements RandomAccess {

    private final int size;
    private final IntFunction<? extends T> element;

    private ComputedList(int size, IntFunction<? extends T> element) {
        this.size = size;
        this.element = element;
    }

    /**
     * The list {@code element(0), ..., element(size - 1)}, each computed again on every read.
     *
     * @param <T> the element type
     * @param size the list's size
     * @param element computes the element at an index
     * @return the list
     */
    public static <T> List<T> of(int size, IntFunction<? extends T> element) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        return new ComputedList<>(size, Objects.requireNonNull(element));
    }

    /**
     * {@code first} followed by {@code second}, read through; both must not change.
     *
     * @param <T> the element type
     * @param first the first list
     * @param second the list after it
     * @return the concatenation
     */
    public static <T> List<T> concat(List<T> first, List<T> second) {
        if (second.isEmpty()) {
            return first;
        }
        if (first.isEmpty()) {
            return second;
        }
        int split = first.size();
        return new ComputedList<>(
                Math.addExact(split, second.size()), i -> i < split ? first.get(i) : second.get(i - split));
    }

    /**
     * The list itself when its elements are already fixed (a list of this class, or an unmodifiable copy), else an
     * unmodifiable copy: what a record's compact constructor keeps without reading a computed list.
     *
     * @param <T> the element type
     * @param list the list to keep
     * @return an unmodifiable list with the same elements
     */
    public static <T> List<T> immutable(List<T> list) {
        return list instanceof ComputedList<T> ? list : List.copyOf(list);
    }

    @Override
    public T get(int index) {
        Objects.checkIndex(index, size);
        return element.apply(index);
    }

    @Override
    public int size() {
        return size;
    }
}

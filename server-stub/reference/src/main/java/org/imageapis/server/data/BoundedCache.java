package org.imageapis.server.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A thread-safe cache that drops its least recently used entries once their total weight passes a bound. Values
 * are computed outside the lock, so a slow computation (a view over a million records) holds up no other request;
 * two threads asking for the same missing key may both compute it, and the answers are equal.
 */
public final class BoundedCache<K, V> {

    private final long maxWeight;
    private final ToLongFunction<? super V> weigher;
    private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;

    /**
     * An entry heavier than {@code maxWeight} is computed and returned, but not kept.
     *
     * @param maxWeight the most weight kept
     * @param weigher weighs a value
     */
    public BoundedCache(long maxWeight, ToLongFunction<? super V> weigher) {
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /**
     * The kept value for {@code key}, or the one {@code compute} makes (and keeps, weight permitting).
     *
     * @param key     the key
     * @param compute makes the value when none is kept
     * @return the value
     */
    public V get(K key, Function<? super K, ? extends V> compute) {
        synchronized (this) {
            V cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        V value = compute.apply(key);
        long valueWeight = weigher.applyAsLong(value);
        if (valueWeight > maxWeight) {
            return value;
        }
        synchronized (this) {
            V previous = entries.put(key, value);
            weight += valueWeight - (previous == null ? 0 : weigher.applyAsLong(previous));
            var eldest = entries.entrySet().iterator();
            while (weight > maxWeight) {
                Map.Entry<K, V> entry = eldest.next();
                weight -= weigher.applyAsLong(entry.getValue());
                eldest.remove();
            }
        }
        return value;
    }

    /** The number of entries kept; for tests. */
    synchronized int size() {
        return entries.size();
    }
}

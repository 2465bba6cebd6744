package org.imageapis.conformance;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** HTTP header values by case-insensitive name; a repeated header holds its values joined by {@code ", "}. */
public final class Headers {

    private final Map<String, String> values;

    private Headers(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * No headers.
     *
     * @return the empty headers
     */
    public static Headers none() {
        return new Headers(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
    }

    /**
     * Headers from a multi-valued map, such as {@code java.net.http.HttpHeaders.map()}.
     *
     * @param multimap names mapped to their values, in order
     * @return the headers, names in any case
     */
    public static Headers of(Map<String, ? extends Collection<String>> multimap) {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        multimap.forEach((name, list) -> list.forEach(value -> copy.merge(name, value, (a, b) -> a + ", " + b)));
        return new Headers(copy);
    }

    /**
     * These headers plus one more value (appended to an existing value of the same name, as HTTP folds them).
     *
     * @param name the header's name
     * @param value its value
     * @return the headers with the value added
     */
    public Headers with(String name, String value) {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(values);
        copy.merge(name, value, (a, b) -> a + ", " + b);
        return new Headers(copy);
    }

    /**
     * The value of the header with this name, in any case.
     *
     * @param name the header's name, in any case
     * @return its value (repeated values folded into one, as HTTP does), if present
     */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** @return all headers; the map's lookups ignore case */
    public Map<String, String> asMap() {
        return values;
    }

    /** Names only: header values may be credentials. */
    @Override
    public String toString() {
        return "Headers" + values.keySet();
    }
}

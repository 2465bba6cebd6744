package org.imageapis.client.paging;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page's total (the number of all matching records) from where the spec's {@code x-paging}
 * says it is: a body field ({@code total}), an {@code offset-count/total} header ({@code total-header})
 * or a field repeated in each record ({@code total-in-item}).
 */
public final class Totals {

    private static final Pattern RANGE = Pattern.compile("^\\s*(\\d+)-(\\d+)/(\\d+)\\s*$");

    private Totals() {}

    /**
     * A total from a body field.
     *
     * @param total the field's value, or null
     * @return the total, empty when the field is absent
     */
    public static OptionalLong of(Number total) {
        return total == null ? OptionalLong.empty() : OptionalLong.of(total.longValue());
    }

    /**
     * The total of an {@code offset-count/total} header such as {@code Content-Range}.
     *
     * @param header the header's value, or null
     * @return the total, empty when the header is absent or malformed
     */
    public static OptionalLong ofRange(String header) {
        if (header != null) {
            Matcher matcher = RANGE.matcher(header);
            if (matcher.matches()) {
                return OptionalLong.of(Long.parseLong(matcher.group(3)));
            }
        }
        return OptionalLong.empty();
    }

    /**
     * The total the first record repeats.
     *
     * @param <T> the record type
     * @param items the page's records, or null
     * @param total reads the total field of a record
     * @return the total, empty without records or without the field
     */
    public static <T> OptionalLong inFirstItem(List<T> items, Function<T, ? extends Number> total) {
        return items == null || items.isEmpty() ? OptionalLong.empty() : of(total.apply(items.get(0)));
    }

    /**
     * @param totals the totals, in order of preference
     * @return the first present one, else empty
     */
    public static OptionalLong first(OptionalLong... totals) {
        for (OptionalLong total : totals) {
            if (total.isPresent()) {
                return total;
            }
        }
        return OptionalLong.empty();
    }
}

package org.imageapis.conformance.semantics;

import java.util.Map;
import java.util.Optional;

/**
 * What a query parameter filters, from its {@code x-filter} extension.
 *
 * @param parameter    the query parameter
 * @param match        how a record matches
 * @param field        JSON pointer of the field in each record that the value is matched against ({@link Match#EXACT}
 *                     and {@link Match#PARTIAL})
 * @param exactWhen    other parameters' values under which a {@link Match#PARTIAL} filter matches exactly instead
 * @param combined     for {@link Match#COMBINED}: how the one value joins {@code key::value} pairs
 */
public record Filter(
        String parameter,
        Match match,
        Optional<String> field,
        Map<String, String> exactWhen,
        Optional<Combined> combined) {

    /** How a record matches a filter value. */
    public enum Match {
        /** The record's field equals the value. */
        EXACT,
        /** The record's field contains the value. */
        PARTIAL,
        /** The records do not show the field: the filtered records are some of the unfiltered ones. */
        SUBSET,
        /** The value joins other filters as {@code key::value} pairs, each meaning what the separate parameter does. */
        COMBINED
    }

    /**
     * The syntax of a combined filter such as {@code center::self|name::busybox}.
     *
     * @param pairSeparator between pairs ({@code |})
     * @param keySeparator  between a key and its value ({@code ::})
     */
    public record Combined(String pairSeparator, String keySeparator) {

        /**
         * The value that stands for these parameters, in their order.
         *
         * @param values the parameters' values, by name
         * @return the combined value
         */
        public String join(Map<String, String> values) {
            StringBuilder joined = new StringBuilder();
            values.forEach((key, value) -> joined.append(joined.length() == 0 ? "" : pairSeparator)
                    .append(key)
                    .append(keySeparator)
                    .append(value));
            return joined.toString();
        }
    }
}

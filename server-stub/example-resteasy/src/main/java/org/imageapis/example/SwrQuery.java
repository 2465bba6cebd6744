package org.imageapis.example;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.imageapis.server.swr.model.SharedRepositoryCenter;
import org.imageapis.server.swr.model.SharedRepositoryOrderColumn;
import org.imageapis.server.swr.model.SortOrder;

/**
 * An SWR query after merging the separate parameters with the combined {@code filter} ({@code key::value|...}): a
 * key may appear once in {@code filter}, and there it wins over the separate parameter. Empty values count as
 * absent. The separate parameters were checked by Bean Validation before the resource method ran; inside
 * {@code filter}, {@code limit} and {@code offset} are checked here against the same patterns, and the enum keys
 * must name one of their values (the spec leaves the other values free).
 *
 * @param offset any decimal string is valid, so it is kept whole: an offset past the records gives an empty page
 */
record SwrQuery(
        String namespace,
        String name,
        SharedRepositoryCenter center,
        int limit,
        BigInteger offset,
        SharedRepositoryOrderColumn orderColumn,
        SortOrder orderType) {

    static final int DEFAULT_LIMIT = 100;
    private static final Pattern LIMIT = Pattern.compile("(?:[0-9]{1,3}|1000)");
    private static final Pattern OFFSET = Pattern.compile("[0-9]+");

    static SwrQuery of(Map<String, String> separate, String filter) {
        Map<String, String> merged = new LinkedHashMap<>();
        separate.forEach((key, value) -> {
            if (value != null && !value.isEmpty()) {
                merged.put(key, value);
            }
        });
        merged.putAll(pairs(filter));
        String limit = checked(merged, "limit", LIMIT);
        String offset = checked(merged, "offset", OFFSET);
        return new SwrQuery(
                merged.get("namespace"),
                merged.get("name"),
                parse(merged, "center", SharedRepositoryCenter::fromValue),
                limit == null ? DEFAULT_LIMIT : Integer.parseInt(limit),
                offset == null ? BigInteger.ZERO : new BigInteger(offset),
                parse(merged, "order_column", SharedRepositoryOrderColumn::fromValue),
                parse(merged, "order_type", SortOrder::fromValue));
    }

    /** The pairs of {@code filter}; its {@code @Pattern} already allowed only the known keys. */
    private static Map<String, String> pairs(String filter) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (filter == null || filter.isEmpty()) {
            return pairs;
        }
        for (String pair : filter.split("\\|", -1)) {
            int separator = pair.indexOf("::");
            if (separator < 0) {
                throw Errors.badRequest("Invalid value for parameter filter: each pair must be key::value.");
            }
            String key = pair.substring(0, separator);
            if (pairs.put(key, pair.substring(separator + 2)) != null) {
                throw Errors.badRequest("Invalid value for parameter filter: the key " + key + " appears twice.");
            }
        }
        pairs.values().removeIf(String::isEmpty);
        return pairs;
    }

    private static String checked(Map<String, String> merged, String key, Pattern pattern) {
        String value = merged.get(key);
        if (value != null && !pattern.matcher(value).matches()) {
            throw Errors.badRequest("Invalid value for parameter " + key + ": must match " + pattern.pattern() + ".");
        }
        return value;
    }

    private static <T> T parse(Map<String, String> merged, String key, Function<String, T> fromValue) {
        String value = merged.get(key);
        if (value == null) {
            return null;
        }
        try {
            return fromValue.apply(value);
        } catch (IllegalArgumentException e) {
            throw Errors.badRequest("Invalid value for parameter " + key + ": not one of its values.");
        }
    }
}

package org.imageapis.server.swr;

import jakarta.ws.rs.BadRequestException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.imageapis.server.swr.model.SharedRepositoryCenter;
import org.imageapis.server.swr.model.SharedRepositoryOrderColumn;
import org.imageapis.server.swr.model.SortOrder;

/**
 * The SWR query after merging the separate parameters with the combined {@code filter}
 * ({@code key::value|key::value}). A key may appear once in {@code filter}, and there it wins over
 * the separate parameter (so {@code limit::10} beats {@code limit}'s default). Empty values count as
 * absent.
 */
record SwrQuery(
        String namespace,
        String name,
        SharedRepositoryCenter center,
        long limit,
        long offset,
        SharedRepositoryOrderColumn orderColumn,
        SortOrder orderType) {

    static final long DEFAULT_LIMIT = 100;
    private static final Pattern LIMIT = Pattern.compile("^(?:[0-9]{1,3}|1000)$");
    private static final Pattern OFFSET = Pattern.compile("^[0-9]{1,18}$");

    /** The separate parameters, already checked by Bean Validation; {@code filter} unchecked. */
    static SwrQuery of(Map<String, String> parameters, String filter) {
        Map<String, String> merged = new LinkedHashMap<>();
        parameters.forEach((key, value) -> {
            if (value != null && !value.isEmpty()) {
                merged.put(key, value);
            }
        });
        merged.putAll(parseFilter(filter));
        return new SwrQuery(
                merged.get("namespace"),
                merged.get("name"),
                parse(merged, "center", SharedRepositoryCenter::fromValue),
                number(merged, "limit", LIMIT, DEFAULT_LIMIT),
                number(merged, "offset", OFFSET, 0),
                parse(merged, "order_column", SharedRepositoryOrderColumn::fromValue),
                parse(merged, "order_type", SortOrder::fromValue));
    }

    private static Map<String, String> parseFilter(String filter) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (filter == null || filter.isEmpty()) {
            return pairs;
        }
        for (String pair : filter.split("\\|", -1)) {
            int separator = pair.indexOf("::");
            if (separator < 0) {
                throw new BadRequestException("Invalid value for parameter filter: '" + pair + "' is not key::value.");
            }
            String key = pair.substring(0, separator);
            String value = pair.substring(separator + 2);
            if (pairs.containsKey(key)) {
                throw new BadRequestException("Invalid value for parameter filter: " + key + " appears twice.");
            }
            pairs.put(key, value);
        }
        pairs.values().removeIf(String::isEmpty);
        return pairs;
    }

    private static <T> T parse(Map<String, String> merged, String key, Function<String, T> fromValue) {
        String value = merged.get(key);
        if (value == null) {
            return null;
        }
        try {
            return fromValue.apply(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Invalid value for parameter " + key + ": " + e.getMessage() + ".");
        }
    }

    private static long number(Map<String, String> merged, String key, Pattern pattern, long absent) {
        String value = merged.get(key);
        if (value == null) {
            return absent;
        }
        if (!pattern.matcher(value).matches()) {
            throw new BadRequestException(
                    "Invalid value for parameter " + key + ": '" + value + "' must match " + pattern.pattern() + ".");
        }
        return Long.parseLong(value);
    }
}

package org.imageapis.conformance.semantics;

import java.util.Map;
import java.util.Optional;

/**
 * A query parameter that sorts the records, from its {@code x-sort} extension.
 *
 * @param parameter          the query parameter naming the sort key
 * @param directionParameter the query parameter naming the direction ({@code asc}/{@code desc} in any case)
 * @param separator          what separates several keys in one value, if several are allowed
 * @param fields             each sort key with the JSON pointer of the record field it orders by, in the spec's order
 */
public record Sort(
        String parameter, String directionParameter, Optional<String> separator, Map<String, String> fields) {}

package org.imageapis.conformance.semantics;

import java.util.Optional;

/**
 * How an operation pages, from its {@code x-paging} extension: the parameters that choose the page, and where the
 * records and the total are in the answer. Pointers are JSON pointers into the 200 body; {@code totalInItem} points
 * into each record.
 *
 * @param offsetParameter  the query parameter with the index of the first record
 * @param limitParameter   the query parameter with the page size
 * @param items            the array of records ({@code ""} when the body is the array)
 * @param total            the number of all matching records in the body
 * @param totalHeader      a header {@code offset-count/total} that carries the total
 * @param totalInItem      a field that repeats the total in every record
 * @param pageSize         the number of records on this page
 * @param pageNumber       the 1-based number of this page
 * @param pageCount        the number of pages the whole result spans
 */
public record Paging(
        String offsetParameter,
        String limitParameter,
        String items,
        Optional<String> total,
        Optional<String> totalHeader,
        Optional<String> totalInItem,
        Optional<String> pageSize,
        Optional<String> pageNumber,
        Optional<String> pageCount) {}

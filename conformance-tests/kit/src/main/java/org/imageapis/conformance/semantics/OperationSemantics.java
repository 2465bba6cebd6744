package org.imageapis.conformance.semantics;

import java.util.List;
import java.util.Optional;
import org.imageapis.conformance.spec.OperationSpec;

/**
 * What an operation's parameters mean beyond their schemas, as the spec's semantic extensions record it: the facts
 * the server test kit needs to check behaviour rather than shape.
 *
 * @param operation       the operation
 * @param paging          how it pages, if it does
 * @param filters         its filter parameters, in the spec's order
 * @param sorts           its sort parameters
 * @param exampleRequests the doc pages' example requests
 */
public record OperationSemantics(
        OperationSpec operation,
        Optional<Paging> paging,
        List<Filter> filters,
        List<Sort> sorts,
        List<ExampleRequest> exampleRequests) {

    /**
     * The filter on this parameter, if it is one.
     *
     * @param parameter a query parameter's name
     * @return its filter, if it is one
     */
    public Optional<Filter> filter(String parameter) {
        return filters.stream().filter(f -> f.parameter().equals(parameter)).findFirst();
    }
}

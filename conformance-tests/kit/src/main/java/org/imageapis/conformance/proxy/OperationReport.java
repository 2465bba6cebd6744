package org.imageapis.conformance.proxy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.imageapis.specs.Specs;

/**
 * What the proxy saw of one operation: how many exchanges, the statuses the upstream answered, the violations of
 * the requests and responses, and what it could not validate.
 *
 * @param api                     the API, or {@code null} for requests that matched no selected API
 * @param operationId             the operation, or {@code null} for requests that matched no operation
 * @param exchanges               the exchanges forwarded or answered by the proxy itself
 * @param exchangesWithViolations the exchanges with at least one error-severity violation
 * @param statuses                the number of upstream responses per status code
 * @param violations              the distinct violations with their counts, ordered by pointer and rule
 * @param omittedViolations       occurrences of distinct violations beyond the 500 kept per operation, left out
 *                                of {@code violations} (their exchanges still count)
 * @param notValidated            the number of exchanges per reason a part of them was not validated, such as
 *                                {@code response-body-over-max-size}
 * @param proxyErrors             the number of answers the proxy made itself per error code, such as
 *                                {@code CONFORMANCE.0502}; they are not upstream violations
 */
public record OperationReport(
        Specs.Api api,
        String operationId,
        long exchanges,
        long exchangesWithViolations,
        Map<Integer, Long> statuses,
        List<ViolationCount> violations,
        long omittedViolations,
        Map<String, Long> notValidated,
        Map<String, Long> proxyErrors) {

    /**
     * Copies the maps and lists.
     *
     * @param api                     the API, or null
     * @param operationId             the operation, or null
     * @param exchanges               the exchanges
     * @param exchangesWithViolations the exchanges with an error
     * @param statuses                responses per status, copied
     * @param violations              the distinct violations, copied
     * @param omittedViolations       occurrences left out
     * @param notValidated            exchanges per reason, copied
     * @param proxyErrors             the proxy's own answers per error code, copied
     */
    public OperationReport {
        statuses = Map.copyOf(statuses);
        violations = List.copyOf(violations);
        notValidated = Map.copyOf(notValidated);
        proxyErrors = Map.copyOf(proxyErrors);
    }

    /**
     * {@code swr listSharedRepositories}, {@code swr (unknown operation)} or {@code (unknown API)}.
     *
     * @return the name
     */
    public String name() {
        return name(api, operationId);
    }

    static String name(Specs.Api api, String operationId) {
        if (api == null) {
            return "(unknown API)";
        }
        return api.id() + " " + (operationId == null ? "(unknown operation)" : operationId);
    }

    /** @return whether no error-severity violation was seen (warnings do not count) */
    public boolean isValid() {
        return exchangesWithViolations == 0;
    }

    @Override
    public String toString() {
        return name() + ": " + exchanges + " exchanges, " + exchangesWithViolations + " with violations";
    }

    /** By API, then operation; the unknown ones last. */
    static final Comparator<OperationReport> ORDER = Comparator.comparing(
                    OperationReport::api, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(OperationReport::operationId, Comparator.nullsLast(Comparator.naturalOrder()));
}

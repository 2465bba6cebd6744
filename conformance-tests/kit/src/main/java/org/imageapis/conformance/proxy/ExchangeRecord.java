package org.imageapis.conformance.proxy;

import java.util.List;
import org.imageapis.conformance.Severity;
import org.imageapis.conformance.Violation;
import org.imageapis.specs.Specs;

/**
 * One finished exchange, as the report counts it.
 *
 * @param api            the API the request was routed to, or {@code null}
 * @param operationId    the operation it matched, or {@code null}
 * @param upstreamStatus the upstream's status, or 0 when the proxy answered itself
 * @param violations     the request's and the response's violations
 * @param notValidated   what was forwarded without being validated
 * @param proxyError     the error code of the proxy's own answer, or {@code null}
 */
record ExchangeRecord(
        Specs.Api api,
        String operationId,
        int upstreamStatus,
        List<Violation> violations,
        List<NotValidated> notValidated,
        String proxyError) {

    ExchangeRecord {
        violations = List.copyOf(violations);
        notValidated = List.copyOf(notValidated);
    }

    /** The error-severity violations: what {@code X-Conformance-Violations} counts. */
    long errorCount() {
        return violations.stream().filter(v -> v.severity() == Severity.ERROR).count();
    }
}

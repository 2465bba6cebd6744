package org.imageapis.conformance.proxy;

import java.util.Objects;
import org.imageapis.conformance.Violation;

/**
 * One distinct violation the proxy saw, and how many times. Violations are distinct by severity, rule, pointer and
 * expected value; {@code violation().actual()} is the first actual value seen.
 *
 * @param violation the violation, as first seen
 * @param count     how many times it was seen
 */
public record ViolationCount(Violation violation, long count) {

    /**
     * Requires the violation.
     *
     * @param violation the violation, as first seen
     * @param count     how many times it was seen
     */
    public ViolationCount {
        Objects.requireNonNull(violation, "violation");
    }
}

package org.imageapis.conformance;

import java.util.List;

/** The outcome of validating one response or request: valid when it has no error-severity violation. */
public record ValidationReport(List<Violation> violations) {

    /**
     * Copies the violations.
     *
     * @param violations every violation found, copied
     */
    public ValidationReport {
        violations = List.copyOf(violations);
    }

    /** @return whether no violation is an error (warnings do not count) */
    public boolean isValid() {
        return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
    }

    /** @return the error-severity violations */
    public List<Violation> errors() {
        return violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
    }

    /** @return the warning-severity violations */
    public List<Violation> warnings() {
        return violations.stream().filter(v -> v.severity() == Severity.WARNING).toList();
    }
}

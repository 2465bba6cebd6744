package org.imageapis.conformance;

import java.util.Objects;

/**
 * One way in which a response or request departs from the spec.
 *
 * @param severity whether the violation makes the report invalid
 * @param rule     the rule broken
 * @param pointer  where: a JSON pointer into the body ({@code ""} is the whole body), or
 *                 {@code /path/<name>}, {@code /query/<name>}, {@code /header/<name>} for parameters
 * @param expected what the spec allows, such as {@code integer} or {@code one of [gold, public]}
 * @param actual   what was found, as JSON (strings quoted), or {@code missing}
 */
public record Violation(Severity severity, Rule rule, String pointer, String expected, String actual) {

    /**
     * Requires every component.
     *
     * @param severity whether the violation makes the report invalid
     * @param rule     the rule broken
     * @param pointer  where the violation is
     * @param expected what the spec allows
     * @param actual   what was found
     */
    public Violation {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }

    /**
     * An error-severity violation.
     *
     * @param rule the rule broken
     * @param pointer where: a JSON pointer into the body, or a parameter's {@code /query/<name>}-style pointer
     * @param expected what the spec allows
     * @param actual what was found, as JSON, or {@code missing}
     * @return the violation
     */
    public static Violation error(Rule rule, String pointer, String expected, String actual) {
        return new Violation(Severity.ERROR, rule, pointer, expected, actual);
    }

    /**
     * The same violation with another severity.
     *
     * @param newSeverity the severity, e.g. a warning where strict mode would report an error
     * @return the same violation with that severity
     */
    public Violation withSeverity(Severity newSeverity) {
        return new Violation(newSeverity, rule, pointer, expected, actual);
    }

    /** @return one readable line, such as {@code error type at /0/size: expected integer, actual "big"} */
    public String describe() {
        return severity.id() + " " + rule.id() + " at " + (pointer.isEmpty() ? "(root)" : pointer) + ": expected "
                + expected + ", actual " + actual;
    }

    @Override
    public String toString() {
        return describe();
    }
}

package org.imageapis.conformance.cli;

import java.util.Objects;
import org.imageapis.conformance.ValidationReport;

/**
 * What became of one input (a body file or a request line): validated, with a report, or unreadable, with the
 * reason.
 *
 * @param name    the input as the user named it
 * @param report  the validation report, or {@code null} when the input could not be read
 * @param problem why the input could not be read, or {@code null}
 */
record InputResult(String name, ValidationReport report, String problem) {

    InputResult {
        Objects.requireNonNull(name, "name");
        if ((report == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of report and problem");
        }
    }

    static InputResult validated(String name, ValidationReport report) {
        return new InputResult(name, report, null);
    }

    /** An input that could not be read; the reason is folded onto one line. */
    static InputResult unreadable(String name, String problem) {
        return new InputResult(name, null, ConformanceCli.oneLine(problem));
    }

    boolean isUnreadable() {
        return problem != null;
    }

    boolean isValid() {
        return report != null && report.isValid();
    }
}

package org.imageapis.conformance.cli;

import java.util.List;

/** The command's exit codes. */
final class ExitCode {

    /** Every input is valid. */
    static final int VALID = 0;
    /** Some input has an error-severity violation. */
    static final int VIOLATIONS = 1;
    /** The command line is wrong, or an input or the spec cannot be read. */
    static final int USAGE = 2;

    private ExitCode() {}

    static int of(List<InputResult> results) {
        if (results.stream().anyMatch(InputResult::isUnreadable)) {
            return USAGE;
        }
        return results.stream().allMatch(InputResult::isValid) ? VALID : VIOLATIONS;
    }
}

package org.imageapis.conformance.tck;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one check on one operation: one test case of the report.
 *
 * @param check     the check
 * @param api       the API's id, such as {@code swr}
 * @param operation the operationId
 * @param outcome   passed, failed or skipped
 * @param reason    one line: why it failed or was skipped, or what passed
 * @param details   further lines: every problem found, or what was checked
 * @param warnings  what the specs leave open and the server did one way (never a failure)
 */
public record CaseResult(
        CheckName check,
        String api,
        String operation,
        Outcome outcome,
        String reason,
        List<String> details,
        List<String> warnings) {

    /** How a check ended. */
    public enum Outcome {
        /** The server answered as the specs say. */
        PASSED,
        /** The server did not. */
        FAILED,
        /** The case did not apply, or could not be run; the reason says which. */
        SKIPPED
    }

    /**
     * Requires the check and the outcome; folds the reason and each detail and warning onto one line.
     *
     * @param check     the check
     * @param api       the API's id
     * @param operation the operationId
     * @param outcome   passed, failed or skipped
     * @param reason    why, on one line
     * @param details   further lines
     * @param warnings  what the specs leave open
     */
    public CaseResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(outcome, "outcome");
        reason = oneLine(reason);
        details = details.stream().map(CaseResult::oneLine).toList();
        warnings = warnings.stream().map(CaseResult::oneLine).toList();
    }

    /** @return the test case's name in reports: {@code api.operation.check} */
    public String name() {
        return api + "." + operation + "." + check.id();
    }

    private static String oneLine(String text) {
        return String.valueOf(text).strip().replaceAll("\\s*\\R\\s*", " ");
    }
}

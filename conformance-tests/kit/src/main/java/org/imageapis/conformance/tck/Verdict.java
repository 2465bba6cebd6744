package org.imageapis.conformance.tck;

import java.util.ArrayList;
import java.util.List;
import org.imageapis.conformance.spec.OperationSpec;

/** Collects what one check finds on one operation and turns it into its {@link CaseResult}. */
final class Verdict {

    private final CheckName check;
    private final String api;
    private final String operation;
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    Verdict(CheckName check, ApiUnderTest api, OperationSpec operation) {
        this.check = check;
        this.api = api.id();
        this.operation = operation.id();
    }

    /** A way in which the server fails the check. */
    void fail(String problem) {
        problems.add(problem);
    }

    /** Something checked that passed, for the details of a passing case. */
    void note(String line) {
        notes.add(line);
    }

    /** Something the specs leave open that the server did one way. */
    void warn(String warning) {
        warnings.add(warning);
    }

    boolean failed() {
        return !problems.isEmpty();
    }

    /** Failed with the first problem as the reason, or passed with {@code summary}. */
    CaseResult result(String summary) {
        if (failed()) {
            String reason = problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
            return new CaseResult(check, api, operation, CaseResult.Outcome.FAILED, reason, problems, warnings);
        }
        return new CaseResult(check, api, operation, CaseResult.Outcome.PASSED, summary, notes, warnings);
    }

    /** Skipped, for this reason. */
    CaseResult skipped(String reason) {
        return new CaseResult(check, api, operation, CaseResult.Outcome.SKIPPED, reason, notes, warnings);
    }
}

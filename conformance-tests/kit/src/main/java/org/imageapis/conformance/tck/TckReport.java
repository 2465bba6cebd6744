package org.imageapis.conformance.tck;

import java.time.Duration;
import java.util.List;

/**
 * What a run of the server test kit found: one {@link CaseResult} per check per operation, in the order run.
 *
 * @param results  the test cases
 * @param duration how long the run took
 */
public record TckReport(List<CaseResult> results, Duration duration) {

    /**
     * Copies the results.
     *
     * @param results  the test cases, copied
     * @param duration how long the run took
     */
    public TckReport {
        results = List.copyOf(results);
    }

    /** @return whether no test case failed (skipped ones and warnings do not count) */
    public boolean isSuccess() {
        return count(CaseResult.Outcome.FAILED) == 0;
    }

    /**
     * The number of test cases with this outcome.
     *
     * @param outcome the outcome
     * @return how many cases ended so
     */
    public long count(CaseResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** @return the number of warnings over all test cases */
    public long warningCount() {
        return results.stream().mapToLong(r -> r.warnings().size()).sum();
    }

    /** @return one line: the counts and the time taken */
    public String summary() {
        return String.format(
                "%d passed, %d failed, %d skipped, %d warnings in %.1f s",
                count(CaseResult.Outcome.PASSED),
                count(CaseResult.Outcome.FAILED),
                count(CaseResult.Outcome.SKIPPED),
                warningCount(),
                duration.toMillis() / 1000.0);
    }
}

package org.imageapis.conformance.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.imageapis.conformance.Violation;
import org.imageapis.conformance.junit.JunitXml;
import org.imageapis.conformance.junit.JunitXml.Outcome;

/**
 * JUnit XML as CI servers read it: one {@code <testcase>} per input, a {@code <failure>} for violations, an
 * {@code <error>} for an unreadable input, warnings in {@code <system-out>}.
 */
final class JunitReport implements OutputFormat.ReportWriter {

    @Override
    public void write(String suite, List<InputResult> results, PrintWriter out) {
        List<JunitXml.TestCase> cases = new ArrayList<>();
        for (InputResult result : results) {
            cases.add(testCase(suite, result));
        }
        JunitXml.write(new JunitXml.Suite(suite, cases), out);
    }

    private static JunitXml.TestCase testCase(String suite, InputResult result) {
        if (result.isUnreadable()) {
            return new JunitXml.TestCase(
                    suite, result.name(), Outcome.ERROR, "unreadable: " + result.problem(), result.problem(), null);
        }
        List<Violation> errors = result.report().errors();
        List<Violation> warnings = result.report().warnings();
        String systemOut = warnings.isEmpty() ? null : lines(warnings);
        if (errors.isEmpty()) {
            return new JunitXml.TestCase(suite, result.name(), Outcome.PASSED, null, null, systemOut);
        }
        String message =
                errors.size() + " violation(s); first: " + errors.get(0).describe();
        return new JunitXml.TestCase(suite, result.name(), Outcome.FAILED, message, lines(errors), systemOut);
    }

    private static String lines(List<Violation> violations) {
        return violations.stream().map(Violation::describe).collect(Collectors.joining("\n"));
    }
}

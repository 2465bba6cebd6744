package org.imageapis.conformance.cli;

import java.io.PrintWriter;
import java.util.List;

/** One line per input that passes, one line per problem of the others, and a summary line. */
final class TextReport implements OutputFormat.ReportWriter {

    @Override
    public void write(String suite, List<InputResult> results, PrintWriter out) {
        for (InputResult result : results) {
            if (result.isUnreadable()) {
                out.println(result.name() + ": unreadable: " + result.problem());
                continue;
            }
            result.report().violations().forEach(v -> out.println(result.name() + ": " + v.describe()));
            if (result.isValid()) {
                out.println(result.name() + ": valid");
            }
        }
        long valid = results.stream().filter(InputResult::isValid).count();
        long unreadable = results.stream().filter(InputResult::isUnreadable).count();
        out.println(suite + ": " + results.size() + " checked, " + valid + " valid, "
                + (results.size() - valid - unreadable) + " invalid, " + unreadable + " unreadable");
    }
}

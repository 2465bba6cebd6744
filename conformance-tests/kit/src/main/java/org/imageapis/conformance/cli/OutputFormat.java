package org.imageapis.conformance.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * How results are printed: {@code text} for people, {@code json} for scripts, {@code junit} for CI servers. The
 * constants are lower case because they are the {@code --format} values.
 */
enum OutputFormat {
    text(new TextReport()),
    json(new JsonReport()),
    junit(new JunitReport());

    private final ReportWriter writer;

    OutputFormat(ReportWriter writer) {
        this.writer = writer;
    }

    void write(String suite, List<InputResult> results, PrintWriter out) {
        writer.write(suite, results, out);
        out.flush();
    }

    /** Writes the results of one run; {@code suite} names what was checked, such as {@code swr listShared... 200}. */
    interface ReportWriter {
        void write(String suite, List<InputResult> results, PrintWriter out);
    }
}

package org.imageapis.conformance.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the command line: its exit status and what it printed.
 *
 * @param status the exit status
 * @param out    standard output
 * @param err    standard error
 */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ConformanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(status, out.toString(), err.toString());
    }
}

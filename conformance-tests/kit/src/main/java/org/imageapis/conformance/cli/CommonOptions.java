package org.imageapis.conformance.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options both commands share. */
final class CommonOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--strict", description = "Report undeclared fields and query parameters as errors, not warnings.")
    boolean strict;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(
            names = {"-H", "--header"},
            paramLabel = "'NAME: VALUE'",
            description = "A header of the response or request; repeatable.")
    List<String> headers = new ArrayList<>();

    /** The {@code -H} options as name and value. */
    List<String[]> parsedHeaders() {
        List<String[]> parsed = new ArrayList<>();
        for (String header : headers) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new ParameterException(
                        command.commandLine(), "invalid header '" + header + "': expected 'Name: value'");
            }
            parsed.add(new String[] {
                header.substring(0, colon).trim(), header.substring(colon + 1).trim()
            });
        }
        return parsed;
    }
}

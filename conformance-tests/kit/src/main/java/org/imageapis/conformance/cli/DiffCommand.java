package org.imageapis.conformance.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.imageapis.conformance.diff.DiffFormat;
import org.imageapis.conformance.diff.DiffReport;
import org.imageapis.conformance.diff.Side;
import org.imageapis.conformance.diff.SpecDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diff}: the changes between two versions of a spec, each classified as breaking or not. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Compare two versions of an OpenAPI spec; classify each change as breaking or compatible for"
                + " clients and for servers. Exit status 1 when a change breaks the --fail-on side.")
final class DiffCommand implements Callable<Integer> {

    /** The {@code --fail-on} values. */
    enum FailOn {
        clients(EnumSet.of(Side.CLIENTS)),
        servers(EnumSet.of(Side.SERVERS)),
        both(EnumSet.allOf(Side.class));

        final Set<Side> sides;

        FailOn(Set<Side> sides) {
            this.sides = sides;
        }
    }

    /** The {@code --format} values. */
    enum Format {
        text,
        markdown,
        json,
        junit;

        DiffFormat format() {
            return DiffFormat.valueOf(name().toUpperCase(Locale.ROOT));
        }
    }

    @Spec
    CommandSpec command;

    @Option(names = "--old", required = true, paramLabel = "FILE", description = "The old version (YAML or JSON).")
    Path oldSpec;

    @Option(names = "--new", required = true, paramLabel = "FILE", description = "The new version (YAML or JSON).")
    Path newSpec;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--fail-on",
            paramLabel = "SIDE",
            defaultValue = "clients",
            description = "Whose breaking changes fail: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Override
    public Integer call() {
        DiffReport report = SpecDiff.compare(oldSpec, newSpec);
        format.format().write(report, failOn.sides, command.commandLine().getOut());
        return DiffFormat.fails(report, failOn.sides) ? ExitCode.VIOLATIONS : ExitCode.VALID;
    }
}

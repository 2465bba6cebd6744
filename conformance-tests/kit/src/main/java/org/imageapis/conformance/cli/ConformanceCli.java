package org.imageapis.conformance.cli;

import java.io.PrintWriter;
import org.imageapis.conformance.SpecLoadException;
import org.imageapis.conformance.tck.UnreachableServerException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code conformance} command line. Exit status: 0 when every input is valid, 1 when some input has
 * violations, 2 for a usage error or an unreadable input or spec. Problems are one line each; no stack traces.
 */
@Command(
        name = "conformance",
        mixinStandardHelpOptions = true,
        version = "conformance 0.1.0",
        description = "Validate API responses and requests against the image APIs' OpenAPI specs, test servers,"
                + " validate live traffic through a proxy, and find breaking changes between two versions of a spec.",
        subcommands = {
            ValidateCommand.class,
            ValidateRequestCommand.class,
            TestServerCommand.class,
            ProxyCommand.class,
            DiffCommand.class
        })
public final class ConformanceCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec command;

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command and its options; {@code --help} lists them
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line with these streams and returns the exit status.
     *
     * @param args the command and its options
     * @param out where results go
     * @param err where errors go, one line each
     * @return the exit status
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ConformanceCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            err.println("conformance: " + oneLine(e.getMessage()) + " (see --help)");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("conformance: " + oneLine(describe(e)));
            return ExitCode.USAGE;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** Usage and spec problems say what is wrong; anything else is named by its type, still on one line. */
    private static String describe(Exception e) {
        if (e instanceof UsageException
                || e instanceof SpecLoadException
                || e instanceof UnreachableServerException
                || e instanceof CommandLine.ParameterException) {
            return e.getMessage();
        }
        return "internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** The text with its line breaks (and the spaces around them) folded into single spaces. */
    static String oneLine(String text) {
        return String.valueOf(text).strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Without a subcommand, the usage is the answer. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                command.commandLine(), "missing command: validate, validate-request, test-server, proxy or diff");
    }
}

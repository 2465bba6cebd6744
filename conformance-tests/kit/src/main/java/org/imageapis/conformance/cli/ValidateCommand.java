package org.imageapis.conformance.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.conformance.OperationKey;
import org.imageapis.conformance.RecordedResponse;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: checks response bodies (and headers) of one operation and status against the spec. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Validate response bodies of one operation and status against the spec.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @ArgGroup(multiplicity = "1")
    SpecSource spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--operation", required = true, paramLabel = "ID", description = "The operationId.")
    String operation;

    @Option(names = "--status", required = true, paramLabel = "CODE", description = "The HTTP status code.")
    int status;

    @Option(
            names = "--content-type",
            paramLabel = "TYPE",
            description = "The response's Content-Type (default: the JSON media type the spec documents).")
    String contentType;

    @Option(
            names = "--max-size",
            paramLabel = "SIZE",
            defaultValue = "16MB",
            converter = ByteSize.class,
            description = "Refuse body files larger than this (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE|DIR",
            description = "JSON body files; a directory stands for the *.json files in it.")
    List<Path> inputs;

    @Override
    public Integer call() {
        if (status < 100 || status > 599) {
            throw new UsageException("invalid --status " + status + ": an HTTP status code is 100 to 599");
        }
        List<String[]> headers = common.parsedHeaders();
        ConformanceValidator validator = spec.load(common.strict);
        if (!validator.operationIds().contains(operation)) {
            throw new UsageException("unknown operation '" + operation + "' in " + spec.name() + "; known operations: "
                    + String.join(", ", validator.operationIds()));
        }
        List<InputResult> results = new BodyFiles(maxSize).validateAll(inputs, body -> {
            RecordedResponse response = RecordedResponse.of(OperationKey.id(operation), status, body)
                    .withContentType(contentType);
            for (String[] header : headers) {
                response = response.withHeader(header[0], header[1]);
            }
            return validator.validateResponse(response);
        });
        common.format.write(
                spec.name() + " " + operation + " " + status,
                results,
                command.commandLine().getOut());
        return ExitCode.of(results);
    }
}

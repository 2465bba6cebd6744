package org.imageapis.conformance.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.conformance.RecordedRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate-request}: checks recorded request lines against the spec's operations and parameters. */
@Command(
        name = "validate-request",
        mixinStandardHelpOptions = true,
        description = "Validate recorded request lines, such as 'GET /v1/p1/images/group?limit=10'.")
final class ValidateRequestCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @ArgGroup(multiplicity = "1")
    SpecSource spec;

    @Mixin
    CommonOptions common;

    @Parameters(
            arity = "1..*",
            paramLabel = "'METHOD TARGET'",
            description = "Request lines; the target is a path with query or a full URL (its host is ignored).")
    List<String> lines;

    @Override
    public Integer call() {
        List<String[]> headers = common.parsedHeaders();
        ConformanceValidator validator = spec.load(common.strict);
        List<InputResult> results = new ArrayList<>();
        for (String line : lines) {
            RecordedRequest request;
            try {
                request = RecordedRequest.parse(line);
            } catch (IllegalArgumentException e) {
                results.add(InputResult.unreadable(line, e.getMessage()));
                continue;
            }
            for (String[] header : headers) {
                request = request.withHeader(header[0], header[1]);
            }
            results.add(InputResult.validated(line, validator.validateRequest(request)));
        }
        common.format.write(
                spec.name() + " requests", results, command.commandLine().getOut());
        return ExitCode.of(results);
    }
}

package org.imageapis.conformance.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.specs.Specs;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The spec to validate against: one of the bundled APIs ({@code --api}) or a file ({@code --spec}). */
final class SpecSource {

    @Option(
            names = "--api",
            paramLabel = "API",
            converter = ApiConverter.class,
            completionCandidates = ApiIds.class,
            description = "A bundled spec: ${COMPLETION-CANDIDATES}.")
    Specs.Api api;

    @Option(names = "--spec", paramLabel = "FILE", description = "An OpenAPI 3.0 or 3.1 spec file (YAML or JSON).")
    Path file;

    ConformanceValidator load(boolean strict) {
        ConformanceValidator validator =
                api != null ? ConformanceValidator.forApi(api) : ConformanceValidator.forFile(file);
        return strict ? validator.strict() : validator;
    }

    /** A short name for reports: the API id or the spec's file name. */
    String name() {
        return api != null ? api.id() : String.valueOf(file.getFileName());
    }

    /** Converts an API id, listing the known ids when it is not one. */
    static final class ApiConverter implements ITypeConverter<Specs.Api> {
        @Override
        public Specs.Api convert(String value) {
            return Arrays.stream(Specs.Api.values())
                    .filter(api -> api.id().equals(value))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException("unknown API '" + value + "'; known APIs: "
                            + Arrays.stream(Specs.Api.values())
                                    .map(Specs.Api::id)
                                    .collect(Collectors.joining(", "))));
        }
    }
}

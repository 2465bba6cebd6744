package org.imageapis.conformance.cli;

import java.util.List;
import org.imageapis.specs.Specs;
import picocli.CommandLine.Option;

/** {@code --all} or {@code --api API...}: which of the APIs a command works on (an exclusive group). */
final class ApiSelection {

    @Option(names = "--all", required = true, description = "All the APIs.")
    boolean all;

    @Option(
            names = "--api",
            required = true,
            split = ",",
            paramLabel = "API",
            converter = SpecSource.ApiConverter.class,
            completionCandidates = ApiIds.class,
            description = "An API: ${COMPLETION-CANDIDATES}; repeatable or comma-separated.")
    List<Specs.Api> selected;

    /** The selected APIs, in the order of {@link Specs.Api}. */
    List<Specs.Api> apis() {
        return all
                ? List.of(Specs.Api.values())
                : List.of(Specs.Api.values()).stream()
                        .filter(selected::contains)
                        .toList();
    }
}

package org.imageapis.conformance.cli;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import org.imageapis.registry.ApiEntry;
import org.imageapis.registry.ApiRegistry;
import org.imageapis.specs.Specs;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One option per API of the registry, named by a prefix and the API's id ({@code --upstream-swr}), added when
 * picocli builds the command, so that a new spec gets its option with no edit here.
 */
abstract class PerApiOptions implements IModelTransformer {

    private final String prefix;
    private final String description;
    private final Class<?> type;

    PerApiOptions(String prefix, String description, Class<?> type) {
        this.prefix = prefix;
        this.description = description;
        this.type = type;
    }

    @Override
    public CommandSpec transform(CommandSpec command) {
        for (ApiEntry api : ApiRegistry.apis()) {
            command.addOption(OptionSpec.builder(prefix + api.id())
                    .paramLabel("URL")
                    .type(type)
                    .description(description.formatted(api.title()))
                    .build());
        }
        return command;
    }

    /** The values given to the options named {@code prefix<api>}, by API. */
    static <T> Map<Specs.Api, T> given(CommandSpec command, String prefix) {
        Map<Specs.Api, T> values = new EnumMap<>(Specs.Api.class);
        for (ApiEntry api : ApiRegistry.apis()) {
            T value = command.findOption(prefix + api.id()).getValue();
            if (value != null) {
                values.put(Specs.Api.fromId(api.id()), value);
            }
        }
        return values;
    }

    /** {@code --upstream-<api> URL} of {@code proxy}. */
    static final class Upstreams extends PerApiOptions {
        static final String PREFIX = "--upstream-";

        Upstreams() {
            super(PREFIX, "The upstream of %s instead.", String.class);
        }
    }

    /** {@code --base-url-<api> URL} of {@code test-server}. */
    static final class BaseUrls extends PerApiOptions {
        static final String PREFIX = "--base-url-";

        BaseUrls() {
            super(PREFIX, "The base URL of %s.", URI.class);
        }
    }
}

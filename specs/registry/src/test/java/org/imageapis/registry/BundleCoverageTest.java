package org.imageapis.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.Test;

/** Every bundle the specs jar holds is in the registry, and in the specs jar's own list of the APIs. */
class BundleCoverageTest {

    private static final Path BUNDLES = Path.of(System.getProperty("bundle.dir", "target/specs/openapi"));

    @Test
    void theRegistryHasExactlyTheBundles() throws IOException {
        assertThat(ApiRegistry.ids()).isEqualTo(bundleIds());
    }

    @Test
    void theSpecsJarsApiEnumHasEveryBundle() throws IOException {
        List<String> specsApis =
                Arrays.stream(Specs.Api.values()).map(Specs.Api::id).toList();
        assertThat(specsApis)
                .as("Specs.Api, generated from the folders the bundler bundles")
                .containsExactlyInAnyOrderElementsOf(bundleIds());
    }

    private static List<String> bundleIds() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            List<String> ids = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length()))
                    .sorted()
                    .toList();
            assertThat(ids).as("bundles in " + BUNDLES).isNotEmpty();
            return ids;
        }
    }
}

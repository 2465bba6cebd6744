package org.imageapis.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every spec bundle is a {@link Service} with an endpoint on each cloud its spec names a server of. */
class ServiceCoverageTest {

    private static final Path BUNDLES = Path.of("target/specs/openapi");

    @Test
    void everyBundleIsAService() throws IOException {
        List<String> services = Arrays.stream(Service.values())
                .map(s -> s.name().toLowerCase(Locale.ROOT))
                .toList();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            List<String> bundles = files.map(
                            file -> file.getFileName().toString().replaceFirst("\\.yaml$", ""))
                    .toList();
            assertThat(bundles).isNotEmpty();
            assertThat(services).as("the constants of Service").containsExactlyInAnyOrderElementsOf(bundles);
        }
    }

    @Test
    void theDisplayNameIsTheSpecsServiceName() {
        assertThat(Service.HSS.displayName()).isEqualTo("Host Security Service");
        assertThat(Service.SWR.displayName()).isEqualTo("SoftWare Repository for Container");
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void eachServiceHasAnEndpointInEachClouds(Service service) {
        EndpointCatalog catalog = EndpointCatalog.defaultCatalog();
        for (Cloud cloud : Cloud.values()) {
            for (String region : catalog.regions(cloud)) {
                assertThat(catalog.endpoint(cloud, region, service).getHost())
                        .as("%s %s", cloud, region)
                        .contains(region);
            }
        }
    }
}

package org.imageapis.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every spec bundle is a {@link Service} that the client offers through an accessor, with an endpoint on each cloud its
 * spec names a server of. The constants, service classes and accessors are generated from the bundles; this holds the
 * generated client to the bundles it was built from.
 */
class ServiceCoverageTest {

    private static final Path BUNDLES = Path.of("target/specs/openapi");

    @Test
    void everyBundleIsAServiceTheClientOffers() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.filter(Files::isRegularFile).sorted().toList()) {
                String id = bundle.getFileName().toString().replaceFirst("\\.yaml$", "");
                String name = new ObjectMapper(new YAMLFactory())
                        .readTree(bundle.toFile())
                        .at("/info/x-client/name")
                        .asText();
                Class<?> serviceClass = Class.forName("org.imageapis.client." + id + "." + name + "Service");
                String accessor = Character.toLowerCase(name.charAt(0)) + name.substring(1);

                assertThat(Service.valueOf(id.toUpperCase(Locale.ROOT)).api().id())
                        .isEqualTo(id);
                assertThat(ImageApisClient.class.getMethod(accessor).getReturnType())
                        .as("ImageApisClient.%s()", accessor)
                        .isEqualTo(serviceClass);
                ids.add(id);
            }
        }
        assertThat(ids).isNotEmpty();
        assertThat(Arrays.stream(Service.values()).map(s -> s.name().toLowerCase(Locale.ROOT)))
                .as("the constants of Service")
                .containsExactlyElementsOf(ids);
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

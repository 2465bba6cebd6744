package org.imageapis.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imageapis.registry.ApiEntry;
import org.imageapis.registry.ApiRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each API of the registry (one per spec bundle) is selectable and has its own options in each command. */
class PerApiOptionsTest {

    static List<ApiEntry> apis() {
        return ApiRegistry.apis();
    }

    @ParameterizedTest
    @MethodSource("apis")
    void eachCommandOffersTheApi(ApiEntry api) {
        CliRun proxy = CliRun.of("proxy", "--help");
        CliRun testServer = CliRun.of("test-server", "--help");
        CliRun validate = CliRun.of("validate", "--help");

        assertThat(proxy.out()).contains("--upstream-" + api.id() + "=URL");
        assertThat(testServer.out()).contains("--base-url-" + api.id() + "=URL").contains(api.id());
        assertThat(validate.out()).contains(api.id());
    }

    @ParameterizedTest
    @MethodSource("apis")
    void aPerApiOptionReachesItsApi(ApiEntry api) {
        CliRun run = CliRun.of("test-server", "--api", api.id(), "--base-url-" + api.id(), "ftp://host/x");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("invalid base URL 'ftp://host/x'");
    }
}

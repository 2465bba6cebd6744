package org.imageapis.conformance.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.imageapis.conformance.support.RawProxy;
import org.imageapis.server.ReferenceServer;
import org.imageapis.server.auth.Credentials;
import org.imageapis.server.data.DatasetLoader;
import org.imageapis.server.data.SyntheticData;
import org.imageapis.signing.AkSkCredentials;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The kit fails servers that break one thing each: the reference server behind a {@link RawProxy} that breaks it
 * as a {@link Breakage} says. The same proxy, breaking nothing, passes every check, so the failure is the
 * breakage's doing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokenServerTest {

    private static final String ACCESS_KEY = "BROKENSERVERAK000001";
    private static final String SECRET_KEY = "broken-server-secret";
    /** Enough generated requests to hit a malformed escape; the other checks need none. */
    private static final int FUZZ_REQUESTS = 200;

    private ReferenceServer server;

    @BeforeAll
    void startServer() throws IOException {
        server = ReferenceServer.start(
                "127.0.0.1",
                0,
                DatasetLoader.builtIn().plus(SyntheticData.generate(40)),
                new Credentials(List.of(Breakage.TOKEN), Map.of(ACCESS_KEY, SECRET_KEY)),
                Clock.systemUTC());
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Specs.Api.class)
    void theProxyBreakingNothingPassesEveryCheck(Specs.Api api) throws IOException {
        try (RawProxy proxy = new RawProxy(server.baseUri(), request -> request, (request, response) -> response)) {
            TckReport report = kit(api, proxy).run();

            assertThat(report.results())
                    .filteredOn(r -> r.outcome() == CaseResult.Outcome.FAILED)
                    .as(report.summary())
                    .isEmpty();
            assertThat(report.count(CaseResult.Outcome.PASSED)).isGreaterThanOrEqualTo(6);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Breakage.class)
    void theNamedCheckFailsTheBrokenServer(Breakage breakage) throws IOException {
        try (RawProxy proxy = breakage.proxy(server.baseUri())) {
            TckReport report = kit(breakage.api, proxy).run();

            assertThat(report.results())
                    .filteredOn(r -> r.check() == breakage.failedBy)
                    .as("the %s check against a server where %s", breakage.failedBy, breakage.description)
                    .singleElement()
                    .satisfies(result ->
                            assertThat(result.outcome()).as(result.reason()).isEqualTo(CaseResult.Outcome.FAILED));
            assertThat(report.isSuccess()).isFalse();
        }
    }

    private static ServerTestKit kit(Specs.Api api, RawProxy proxy) {
        return ServerTestKit.builder()
                .api(api, proxy.baseUri())
                .token(Breakage.TOKEN)
                .accessKey(AkSkCredentials.of(ACCESS_KEY, SECRET_KEY))
                .hssImage(SyntheticData.HSS_IMAGE_ID, "cicd")
                .requestsPerOperation(FUZZ_REQUESTS)
                .build();
    }
}

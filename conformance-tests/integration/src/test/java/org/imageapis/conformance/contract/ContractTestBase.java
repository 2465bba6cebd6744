package org.imageapis.conformance.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.imageapis.client.Cloud;
import org.imageapis.client.Credentials;
import org.imageapis.client.ImageApisClient;
import org.imageapis.client.RetryPolicy;
import org.imageapis.client.Service;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.conformance.OperationKey;
import org.imageapis.conformance.RecordedResponse;
import org.imageapis.conformance.ValidationReport;
import org.imageapis.registry.ApiEntry;
import org.imageapis.registry.ApiRegistry;
import org.imageapis.registry.OperationEntry;
import org.imageapis.server.ReferenceServer;
import org.imageapis.server.data.Dataset;
import org.imageapis.server.data.SyntheticData;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the reference server in-process over a generated dataset, behind a {@link RecordingProxy}, and checks
 * after every test that each response the client received, and each request it sent, conforms to the spec in
 * strict mode. Expected results are computed by the tests from {@link #dataset}, not by the server's code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContractTestBase {

    /** More records per API than any page holds, so auto-paging has to fetch many pages. */
    static final int RECORDS = 1_200;

    static final String PROJECT_ID = "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e";
    static final String REGION = "cn-north-4";
    private static final String TOKEN = "contract-test-token";
    private static final String ACCESS_KEY = "CONTRACTTESTAK0000001";
    private static final String SECRET_KEY = "contract-test-secret-key";

    /** How a client authenticates. */
    enum Auth {
        TOKEN(Credentials.token(ContractTestBase.TOKEN)),
        AK_SK(Credentials.accessKey(ACCESS_KEY, SECRET_KEY));

        final Credentials credentials;

        Auth(Credentials credentials) {
            this.credentials = credentials;
        }
    }

    final Dataset dataset = SyntheticData.generate(RECORDS);
    private final Map<Specs.Api, ConformanceValidator> validators = new EnumMap<>(Specs.Api.class);
    private ReferenceServer server;
    RecordingProxy proxy;

    @BeforeAll
    void startServer() throws IOException {
        for (Specs.Api api : Specs.Api.values()) {
            validators.put(api, ConformanceValidator.forApi(api).strict());
        }
        server = ReferenceServer.start(
                "127.0.0.1",
                0,
                dataset,
                new org.imageapis.server.auth.Credentials(List.of(TOKEN), Map.of(ACCESS_KEY, SECRET_KEY)),
                Clock.systemUTC());
        proxy = new RecordingProxy(server.baseUri());
    }

    @AfterAll
    void stopServer() {
        if (proxy != null) {
            proxy.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** A client whose four endpoints point at the proxy; retries are off so that errors surface at once. */
    ImageApisClient client(Auth auth) {
        return client(auth.credentials, proxy.baseUri());
    }

    ImageApisClient client(Credentials credentials, URI endpoint) {
        ImageApisClient.Builder builder = ImageApisClient.builder()
                .cloud(Cloud.HUAWEI_CLOUD)
                .region(REGION)
                .projectId(PROJECT_ID)
                .credentials(credentials)
                .retryPolicy(RetryPolicy.disabled());
        for (Service service : Service.values()) {
            builder.endpoint(service, endpoint);
        }
        return builder.build();
    }

    /**
     * Every exchange of the test: the request of a successful call conforms, and every response conforms to the operation the path
     * belongs to, as the registry routes it (also under an endpoint's path prefix).
     */
    @AfterEach
    void everyExchangeConforms() {
        List<RecordingProxy.Exchange> exchanges = proxy.drain();
        assertThat(exchanges).as("exchanges recorded by the proxy").isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (RecordingProxy.Exchange exchange : exchanges) {
            Routed routed = routed(exchange.request().target());
            ConformanceValidator validator = validators.get(routed.api());
            RecordedResponse received = exchange.response();
            RecordedResponse response = new RecordedResponse(
                    OperationKey.id(routed.operationId()),
                    received.status(),
                    received.headers(),
                    received.contentType(),
                    received.body());
            describe(exchange + " response", validator.validateResponse(response), problems);
            // A rejected request is meant to break the spec; the fuzz test checks that the two agree.
            if (received.status() / 100 == 2) {
                describe(exchange + " request", validator.validateRequest(exchange.request()), problems);
            }
        }
        assertThat(problems)
                .as("spec violations in %d exchanges", exchanges.size())
                .isEmpty();
    }

    private static void describe(String what, ValidationReport report, List<String> problems) {
        report.errors().forEach(v -> problems.add(what + ": " + v.describe()));
    }

    /** The operation at the target's path, which may follow an endpoint's path prefix. */
    private static Routed routed(String target) {
        String path = target.split("\\?", 2)[0];
        for (ApiEntry api : ApiRegistry.apis()) {
            for (OperationEntry operation : api.operations()) {
                if (Pattern.compile(".*" + operation.route().pattern())
                        .matcher(path)
                        .matches()) {
                    return new Routed(Specs.Api.fromId(api.id()), operation.id());
                }
            }
        }
        throw new AssertionError("the client called a path of no API: " + target);
    }

    private record Routed(Specs.Api api, String operationId) {}
}

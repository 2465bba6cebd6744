package org.imageapis.conformance.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.conformance.Headers;
import org.imageapis.conformance.OperationKey;
import org.imageapis.conformance.RecordedRequest;
import org.imageapis.conformance.RecordedResponse;
import org.imageapis.conformance.ValidationReport;
import org.imageapis.conformance.fuzz.FuzzRequest;
import org.imageapis.conformance.fuzz.RequestFuzzer;
import org.imageapis.conformance.http.RawHttpClient;
import org.imageapis.server.ReferenceServer;
import org.imageapis.server.auth.Credentials;
import org.imageapis.server.data.DatasetLoader;
import org.imageapis.server.data.SyntheticData;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Spec-driven fuzzing of the reference server: {@code fuzz.requests} (default 2,000) generated requests per
 * operation, sent raw. The conformance validator classifies each request; the server must agree:
 * no 5xx; a valid request with credentials gets a 2xx that conforms to the spec; an invalid one, or one without
 * accepted credentials, gets a 4xx whose body is an {@code ErrorResponse}. The seed is printed; override it with
 * {@code -Dfuzz.seed=...}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpecFuzzTest {

    private static final long DEFAULT_SEED = 20_261_123L;
    private static final int DEFAULT_REQUESTS = 2_000;
    private static final int MAX_REPORTED = 25;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Parameters whose allowed values the specs give in prose only, which the server checks. */
    private static final Pattern EMPTY_QUERY_VALUE = Pattern.compile("odd string query [a-z_]+=");
    private static final Map<String, List<String>> SEMANTIC_CHECKS = Map.of(
            "listImageGroups", List.of("sort_key", "limit", "offset"),
            "listSharedRepositories", List.of("status", "filter", "offset"));

    private final long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
    private final int requestsPerOperation = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
    private ReferenceServer server;

    @BeforeAll
    void startServer() throws IOException {
        System.out.printf("fuzz seed = %d (override with -Dfuzz.seed=N), %d requests per operation%n",
                seed, requestsPerOperation);
        server = ReferenceServer.start("127.0.0.1", 0, DatasetLoader.builtIn().plus(SyntheticData.generate(300)),
                new Credentials(List.of(RequestFuzzer.TOKEN), Map.of()), Clock.systemUTC());
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Specs.Api.class)
    void theServerAgreesWithTheSpecOnEveryGeneratedRequest(Specs.Api api) throws IOException {
        ConformanceValidator validator = ConformanceValidator.forApi(api);
        ConformanceValidator strict = validator.strict();
        OpenAPI spec = parse(api);
        for (String operationId : validator.operationIds()) {
            RequestFuzzer fuzzer = new RequestFuzzer(spec, operationId, seed);
            Map<String, Integer> outcomes = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            try (RawHttpClient http = new RawHttpClient("127.0.0.1", server.baseUri().getPort())) {
                for (int i = 0; i < requestsPerOperation; i++) {
                    FuzzRequest request = fuzzer.next();
                    RawHttpClient.Response response;
                    try {
                        response = http.send(request.method(), request.target(), request.headers());
                    } catch (IOException e) {
                        http.close();
                        if (failures.size() < MAX_REPORTED) {
                            failures.add(request + ": no response (" + e.getMessage() + ")");
                        }
                        continue;
                    }
                    // Past the server's documented limit on the request line and headers, a request is refused
                    // (414 or 431). headerBytes() errs high by a few dozen bytes; no generated request is that close.
                    boolean valid = request.credentialed() && wellFormed(request.target())
                            && request.headerBytes() <= ReferenceServer.MAX_REQUEST_HEAD_BYTES
                            && validator.validateRequest(recorded(request)).isValid();
                    outcomes.merge((valid ? "valid" : "invalid") + " -> " + response.status(), 1, Integer::sum);
                    String failure = check(strict, request, valid, response);
                    if (failure != null && failures.size() < MAX_REPORTED) {
                        failures.add(failure);
                    }
                }
            }
            System.out.printf("fuzz %s: %d requests, outcomes %s%n", operationId, requestsPerOperation, outcomes);
            assertThat(failures).as("requests on which server and spec disagree (seed %d)", seed).isEmpty();
            assertThat(outcomes.keySet()).as("both valid and invalid requests were generated")
                    .anyMatch(k -> k.startsWith("valid")).anyMatch(k -> k.startsWith("invalid"));
        }
    }

    /** What is wrong with the server's answer, or {@code null}. */
    private static String check(ConformanceValidator strict, FuzzRequest request, boolean valid,
                                RawHttpClient.Response response) {
        int status = response.status();
        if (status >= 500 || status < 200) {
            return request + " -> " + status + ": not a 2xx or 4xx";
        }
        if (request.method().equals("OPTIONS") && status < 300) {
            String allow = response.header("Allow");
            return allow != null && allow.contains("GET") ? null
                    : request + " -> " + status + ": OPTIONS answered without an Allow header naming GET";
        }
        JsonNode body;
        try {
            body = response.body().length == 0 ? null : JSON.readTree(response.body());
        } catch (IOException e) {
            return request + " -> " + status + ": the body is not JSON";
        }
        if (valid != (status < 300) && !tolerated(request, valid, status, body)) {
            return request + " -> " + status + ": expected " + (valid ? "2xx" : "4xx") + ", body "
                    + new String(response.body(), StandardCharsets.UTF_8);
        }
        if (response.header("X-Request-Id") == null) {
            return request + " -> " + status + ": no X-Request-Id";
        }
        if (request.method().equals("HEAD")) {
            return null; // a HEAD response has no body to check
        }
        if (status >= 400) {
            boolean errorShape = body != null && body.path("error_code").isTextual() && body.path("error_msg").isTextual()
                    && !body.path("error_code").asText().isEmpty() && !body.path("error_msg").asText().isEmpty();
            return errorShape ? null : request + " -> " + status + ": not an ErrorResponse: " + body;
        }
        Headers headers = Headers.none();
        for (Map.Entry<String, String> header : response.headers()) {
            headers = headers.with(header.getKey(), header.getValue());
        }
        ValidationReport report = strict.validateResponse(new RecordedResponse(OperationKey.id(request.operationId()),
                status, headers, response.header("Content-Type"), body));
        return report.isValid() ? null : request + " -> " + status + ": " + report.errors();
    }

    /**
     * Whether the target is a URI at all. The validator reads a malformed escape ({@code %zz}) as literal text,
     * as lenient clients do; RFC 3986 makes such a target invalid, and the server rejects it.
     */
    private static boolean wellFormed(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Where the server legitimately departs from the spec's verdict (README, "Contract, fuzz and load tests"):
     * a repeated single-valued query parameter, which JAX-RS reads as its first value; an empty value of an
     * optional query parameter, which it reads as absent; and the semantic checks the specs describe only in
     * prose, whose 400 must name the parameter (a HEAD response has no body: the parameter must be present).
     */
    private static boolean tolerated(FuzzRequest request, boolean valid, int status, JsonNode body) {
        if (!valid && status < 300) {
            return request.mutation().startsWith("repeated query ") || EMPTY_QUERY_VALUE.matcher(request.mutation()).matches();
        }
        String message = body == null ? "" : body.path("error_msg").asText();
        return status == 400 && SEMANTIC_CHECKS.getOrDefault(request.operationId(), List.of()).stream()
                .anyMatch(parameter -> request.method().equals("HEAD")
                        ? request.target().contains("?" + parameter + "=") || request.target().contains("&" + parameter + "=")
                        : message.contains("parameter " + parameter));
    }

    private static RecordedRequest recorded(FuzzRequest request) {
        Headers headers = Headers.none();
        for (Map.Entry<String, String> header : request.headers()) {
            headers = headers.with(header.getKey(), header.getValue());
        }
        // JAX-RS answers HEAD wherever there is a GET (RFC 9110 9.3.2); the spec declares only the GET.
        String method = request.method().equals("HEAD") ? "GET" : request.method();
        return new RecordedRequest(method, request.target(), headers);
    }

    private static OpenAPI parse(Specs.Api api) throws IOException {
        try (InputStream in = Specs.bundle(api).openStream()) {
            return new OpenAPIV3Parser().readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getOpenAPI();
        }
    }
}

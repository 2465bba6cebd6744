package org.imageapis.conformance.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.conformance.Rule;
import org.imageapis.conformance.Severity;
import org.imageapis.conformance.Violation;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A drifting upstream behind the proxy: every departure from the spec is counted in the answer's
 * {@code X-Conformance-Violations}, listed with its pointer in {@code X-Conformance-Violation} and in the report,
 * and the answer itself reaches the client unchanged.
 */
class ProxyDriftTest {

    private static final String SWR_PATH = "/v2/manage/shared-repositories?center=self&limit=10";
    private static final String WORKSPACE_PATH = "/v1/0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e/image-servers?limit=10";
    private static final String GOOD_REPOSITORY = "{\"name\":\"busybox\",\"num_images\":1,\"tags\":[\"v1\"]}";

    private static ConformanceValidator swr;
    private static ConformanceValidator workspace;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private StubUpstream upstream;
    private ValidatingProxy proxy;

    @BeforeAll
    static void loadSpecs() {
        swr = ConformanceValidator.forApi(Specs.Api.SWR);
        workspace = ConformanceValidator.forApi(Specs.Api.WORKSPACE);
    }

    @AfterEach
    void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (upstream != null) {
            upstream.close();
        }
    }

    private void start(boolean strict, StubUpstream.Answer answer) throws IOException {
        upstream = new StubUpstream(request -> answer);
        proxy = ValidatingProxy.builder()
                .api(Specs.Api.SWR, swr)
                .api(Specs.Api.WORKSPACE, workspace)
                .strict(strict)
                .upstream(upstream.baseUri())
                .log(log::add)
                .build()
                .start();
    }

    private HttpResponse<byte[]> get(String target) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(proxy.baseUri() + target))
                        .header("X-Auth-Token", "drift-test-token")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private OperationReport operation(String operationId) {
        return proxy.report().operations().stream()
                .filter(op -> operationId.equals(op.operationId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no report of " + operationId + ": " + proxy.report()));
    }

    private static List<String> pointersAndRules(OperationReport operation) {
        return operation.violations().stream()
                .map(v -> v.violation().rule().id() + " " + v.violation().pointer())
                .toList();
    }

    @Test
    void undeclaredFieldAndWrongTypeAreCountedWithTheirPointersAndTheBodyPassesUnchanged() throws Exception {
        String body = "[" + GOOD_REPOSITORY + ",{\"name\":\"nginx\",\"num_images\":\"many\",\"vendor_rating\":5}]";
        start(true, StubUpstream.Answer.json(200, body, "Content-Range", "0-2/2"));

        HttpResponse<byte[]> response = get(SWR_PATH);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("0-2/2");
        assertThat(response.headers().firstValue("X-Conformance-Violations")).hasValue("2");
        assertThat(response.headers().allValues("X-Conformance-Violation"))
                .containsExactlyInAnyOrder("type /1/num_images", "unknown-field /1/vendor_rating");
        OperationReport report = operation("listSharedRepositories");
        assertThat(report.exchanges()).isEqualTo(1);
        assertThat(report.exchangesWithViolations()).isEqualTo(1);
        assertThat(pointersAndRules(report)).containsExactly("type /1/num_images", "unknown-field /1/vendor_rating");
        assertThat(report.violations().get(0).violation().actual()).isEqualTo("\"many\"");
        assertThat(proxy.report().isValid()).isFalse();
        assertThat(log)
                .singleElement()
                .asString()
                .contains(
                        "swr listSharedRepositories GET /v2/manage/shared-"
                                + "repositories -> 200: 2 violations: type at /1/num_images, unknown-field at /1/vendor_rating");
    }

    @Test
    void unknownStatusIsReportedWithTheDocumentedOnes() throws Exception {
        start(true, StubUpstream.Answer.json(202, "[]", "Content-Range", "0-0/0"));

        HttpResponse<byte[]> response = get(SWR_PATH);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("X-Conformance-Violations")).hasValue("1");
        assertThat(response.headers().allValues("X-Conformance-Violation")).containsExactly("unknown-status /");
        Violation violation =
                operation("listSharedRepositories").violations().get(0).violation();
        assertThat(violation.rule()).isEqualTo(Rule.UNKNOWN_STATUS);
        assertThat(violation.actual()).isEqualTo("202");
        assertThat(violation.expected()).contains("200", "400", "401", "500", "default");
        assertThat(operation("listSharedRepositories").statuses()).containsExactly(Map.entry(202, 1L));
    }

    @Test
    void repeatedDriftIsOneEntryWithItsCount() throws Exception {
        start(true, StubUpstream.Answer.json(200, "{\"count\":\"two\",\"items\":[]}"));

        for (int i = 0; i < 3; i++) {
            assertThat(get(WORKSPACE_PATH).headers().firstValue("X-Conformance-Violations"))
                    .hasValue("1");
        }

        OperationReport report = operation("listImageServers");
        assertThat(report.exchanges()).isEqualTo(3);
        assertThat(report.exchangesWithViolations()).isEqualTo(3);
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.violation().pointer()).isEqualTo("/count");
            assertThat(v.violation().rule()).isEqualTo(Rule.TYPE);
            assertThat(v.count()).isEqualTo(3);
        });
        assertThat(proxy.report().toJson()).contains("\"pointer\" : \"/count\"", "\"count\" : 3");
    }

    @Test
    void withoutStrictAnUndeclaredFieldIsAWarningThatLeavesTheAnswerUnmarked() throws Exception {
        start(
                false,
                StubUpstream.Answer.json(
                        200, "[{\"name\":\"busybox\",\"vendor_rating\":5}]", "Content-Range", "0-1/1"));

        HttpResponse<byte[]> response = get(SWR_PATH);

        assertThat(response.headers().firstValue("X-Conformance-Violations")).isEmpty();
        OperationReport report = operation("listSharedRepositories");
        assertThat(report.violations())
                .singleElement()
                .satisfies(v -> assertThat(v.violation().severity()).isEqualTo(Severity.WARNING));
        assertThat(report.isValid()).isTrue();
        assertThat(proxy.report().isValid()).isTrue();
        assertThat(log).singleElement().asString().contains("warning unknown-field at /0/vendor_rating");
    }

    @Test
    void aConformingAnswerIsUnmarkedAndCounted() throws Exception {
        start(true, StubUpstream.Answer.json(200, "[" + GOOD_REPOSITORY + "]", "Content-Range", "0-1/1"));

        HttpResponse<byte[]> response = get(SWR_PATH);

        assertThat(response.headers().firstValue("X-Conformance-Violations")).isEmpty();
        assertThat(proxy.report().isValid()).isTrue();
        assertThat(operation("listSharedRepositories").exchanges()).isEqualTo(1);
        assertThat(log).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIsAViolation() throws Exception {
        start(true, StubUpstream.Answer.json(200, "[{\"name\":", "Content-Range", "0-1/1"));

        HttpResponse<byte[]> response = get(SWR_PATH);

        assertThat(response.headers().allValues("X-Conformance-Violation")).containsExactly("invalid-json /");
    }

    @Test
    void aGatewayPageOfAnotherMediaTypeIsAViolation() throws Exception {
        StubUpstream.Answer html = new StubUpstream.Answer(
                502,
                Map.of("Content-Type", "text/html", "X-Request-Id", "r1"),
                "<html>Bad Gateway</html>".getBytes(StandardCharsets.UTF_8),
                0);
        start(true, html);

        HttpResponse<byte[]> response = get(SWR_PATH);

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("<html>Bad Gateway</html>");
        assertThat(response.headers().allValues("X-Conformance-Violation")).containsExactly("media-type /");
    }

    @Test
    void aGzipBodyIsValidatedAndForwardedCompressed() throws Exception {
        byte[] gzipped = gzip("{\"count\":\"two\",\"items\":[]}");
        StubUpstream.Answer answer =
                StubUpstream.Answer.json(200, "", "Content-Encoding", "gzip").withBody(gzipped);
        start(true, answer);

        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(proxy.baseUri() + WORKSPACE_PATH))
                        .header("X-Auth-Token", "t")
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.body()).isEqualTo(gzipped);
        assertThat(response.headers().allValues("X-Conformance-Violation")).containsExactly("type /count");
    }

    @Test
    void aRequestOutsideTheSpecIsReportedAndStillForwarded() throws Exception {
        start(true, StubUpstream.Answer.json(404, "{\"error_code\":\"APIGW.0101\",\"error_msg\":\"no route\"}"));

        HttpResponse<byte[]> unknownPath = get("/v3/auth/projects");
        HttpResponse<byte[]> badParameter = get("/v1/p1/image-servers?limit=many");

        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(unknownPath.headers().allValues("X-Conformance-Violation")).containsExactly("unknown-operation /");
        assertThat(badParameter.headers().allValues("X-Conformance-Violation")).containsExactly("type /query/limit");
        assertThat(upstream.received())
                .extracting(r -> r.uri().toString())
                .containsExactly("/v3/auth/projects", "/v1/p1/image-servers?limit=many");
        OperationReport unknown = proxy.report().operations().stream()
                .filter(op -> op.api() == null)
                .findFirst()
                .orElseThrow();
        assertThat(unknown.notValidated()).containsEntry("no-operation", 1L);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}

package org.imageapis.conformance.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.conformance.OperationKey;
import org.imageapis.conformance.RecordedResponse;
import org.imageapis.signing.AkSkCredentials;
import org.imageapis.signing.SignableRequest;
import org.imageapis.signing.Signer;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the proxy answers itself when the upstream cannot (502, 504), when a signed request cannot be re-signed
 * (401), and how it forwards what it does not validate (bodies over the maximum size). Its own answers use the
 * providers' {@code ErrorResponse} body with an {@code X-Request-Id}, and are not counted as upstream violations.
 */
class ProxyFailureTest {

    private static final String SWR_PATH = "/v2/manage/shared-repositories?center=self";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ConformanceValidator swr;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private StubUpstream upstream;
    private ValidatingProxy proxy;

    @BeforeAll
    static void loadSpec() {
        swr = ConformanceValidator.forApi(Specs.Api.SWR).strict();
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

    private ValidatingProxy.Builder proxyTo(URI upstreamUri) {
        return ValidatingProxy.builder()
                .api(Specs.Api.SWR, swr)
                .upstream(upstreamUri)
                .log(log::add);
    }

    private HttpResponse<byte[]> get(String target) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(proxy.baseUri() + target))
                        .header("X-Auth-Token", "t")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The proxy's own error answer: the spec's error body for this status, an X-Request-Id, the given code. */
    private static void assertProxyError(HttpResponse<byte[]> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).hasSize(32));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("error_code").asText()).isEqualTo(code);
        RecordedResponse asUpstreamWould = new RecordedResponse(
                OperationKey.id("listSharedRepositories"),
                status,
                org.imageapis.conformance.Headers.of(response.headers().map()),
                response.headers().firstValue("Content-Type").orElse(null),
                body);
        assertThat(swr.validateResponse(asUpstreamWould).violations())
                .as("an ErrorResponse as the spec has it")
                .isEmpty();
    }

    private OperationReport swrReport() {
        return proxy.report().operations().stream()
                .filter(op -> "listSharedRepositories".equals(op.operationId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(proxy.report().toString()));
    }

    @Test
    void upstreamDownIs502() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        proxy = proxyTo(URI.create("http://127.0.0.1:" + closedPort)).build().start();

        HttpResponse<byte[]> response = get(SWR_PATH);

        assertProxyError(response, 502, "CONFORMANCE.0502");
        assertThat(JSON.readTree(response.body()).path("error_msg").asText())
                .contains("Cannot connect to the upstream http://127.0.0.1:" + closedPort, "Connection refused");
        OperationReport report = swrReport();
        assertThat(report.proxyErrors()).containsExactly(Map.entry("CONFORMANCE.0502", 1L));
        assertThat(report.exchangesWithViolations()).isZero();
        assertThat(proxy.report().isValid()).isTrue();
        assertThat(log).singleElement().asString().contains("-> 502 CONFORMANCE.0502");
    }

    @Test
    void upstreamSlowIs504AfterTheTimeout() throws Exception {
        upstream = new StubUpstream(request ->
                StubUpstream.Answer.json(200, "[]", "Content-Range", "0-0/0").delayed(5_000));
        proxy = proxyTo(upstream.baseUri())
                .upstreamTimeout(Duration.ofMillis(300))
                .build()
                .start();

        long start = System.nanoTime();
        HttpResponse<byte[]> response = get(SWR_PATH);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertProxyError(response, 504, "CONFORMANCE.0504");
        assertThat(JSON.readTree(response.body()).path("error_msg").asText()).contains("did not answer within 300 ms");
        assertThat(millis).isBetween(250L, 4_000L);
        assertThat(swrReport().proxyErrors()).containsExactly(Map.entry("CONFORMANCE.0504", 1L));
    }

    @Test
    void malformedUpstreamAnswerIs502() throws Exception {
        try (ServerSocket garbage = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> {
                try (Socket socket = garbage.accept()) {
                    socket.getInputStream().read(new byte[4096]);
                    socket.getOutputStream().write("NOT HTTP AT ALL\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    Thread.sleep(500);
                } catch (IOException | InterruptedException e) {
                    // the test sees the outcome through the proxy
                }
            });
            answering.start();
            proxy = proxyTo(URI.create("http://127.0.0.1:" + garbage.getLocalPort()))
                    .build()
                    .start();

            HttpResponse<byte[]> response = get(SWR_PATH);

            assertProxyError(response, 502, "CONFORMANCE.0502");
            assertThat(JSON.readTree(response.body()).path("error_msg").asText())
                    .contains("not valid HTTP");
            answering.join();
        }
    }

    @Test
    void signedRequestWithoutAccessKeyIs401SayingWhy() throws Exception {
        upstream = new StubUpstream(request -> StubUpstream.Answer.json(200, "[]", "Content-Range", "0-0/0"));
        proxy = proxyTo(upstream.baseUri()).build().start();

        HttpResponse<byte[]> response = http.send(
                signed(SWR_PATH, AkSkCredentials.of("AK1", "secret-1")), HttpResponse.BodyHandlers.ofByteArray());

        assertProxyError(response, 401, "CONFORMANCE.0401");
        assertThat(JSON.readTree(response.body()).path("error_msg").asText())
                .contains("signed with AK/SK", "Host", "--access-key AK:SK");
        assertThat(upstream.received()).isEmpty();
        assertThat(swrReport().proxyErrors()).containsExactly(Map.entry("CONFORMANCE.0401", 1L));
    }

    @Test
    void signatureByAnotherKeyIs401SayingWhy() throws Exception {
        upstream = new StubUpstream(request -> StubUpstream.Answer.json(200, "[]", "Content-Range", "0-0/0"));
        proxy = proxyTo(upstream.baseUri())
                .accessKey(AkSkCredentials.of("AK1", "secret-1"))
                .build()
                .start();

        HttpResponse<byte[]> wrongSecret = http.send(
                signed(SWR_PATH, AkSkCredentials.of("AK1", "secret-2")), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> otherKey = http.send(
                signed(SWR_PATH, AkSkCredentials.of("AK2", "secret-1")), HttpResponse.BodyHandlers.ofByteArray());

        assertProxyError(wrongSecret, 401, "CONFORMANCE.0401");
        assertThat(JSON.readTree(wrongSecret.body()).path("error_msg").asText())
                .contains("signature does not match the request");
        assertThat(JSON.readTree(otherKey.body()).path("error_msg").asText()).contains("unknown access key AK2");
        assertThat(upstream.received()).isEmpty();
    }

    @Test
    void signedRequestIsVerifiedAndSignedAgainForTheUpstreamHost() throws Exception {
        AkSkCredentials key = AkSkCredentials.of("AK1", "secret-1");
        upstream = new StubUpstream(request -> StubUpstream.Answer.json(200, "[]", "Content-Range", "0-0/0"));
        proxy = proxyTo(URI.create(upstream.baseUri() + "/gateway/swr"))
                .accessKey(key)
                .build()
                .start();

        HttpResponse<byte[]> response = http.send(signed(SWR_PATH, key), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        StubUpstream.Received received = upstream.received().get(0);
        assertThat(received.uri().toString()).isEqualTo("/gateway/swr" + SWR_PATH);
        String authority = upstream.baseUri().getAuthority();
        assertThat(received.header("Host")).isEqualTo(authority);
        assertThat(received.header("X-Project-Id")).isEqualTo("0123456789abcdef0123456789abcdef");
        String authorization = received.header("Authorization");
        assertThat(authorization).startsWith("SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-project-id;x-sdk-date,");
        // The signature the upstream gets is the one our signer makes for the upstream's own host and path.
        SignableRequest asUpstreamSees = SignableRequest.builder()
                .method("GET")
                .path("/gateway/swr/v2/manage/shared-repositories")
                .queryParameter("center", "self")
                .header("Host", authority)
                .header("X-Project-Id", "0123456789abcdef0123456789abcdef")
                .build();
        Instant signedAt = java.time.LocalDateTime.parse(
                        received.header("X-Sdk-Date"),
                        java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"))
                .toInstant(java.time.ZoneOffset.UTC);
        assertThat(authorization)
                .isEqualTo(new Signer().sign(asUpstreamSees, key, signedAt).get("Authorization"));
    }

    @Test
    void answerOverMaxSizeIsForwardedUnchangedAndReportedAsNotValidated() throws Exception {
        byte[] big = ("["
                        + String.join(
                                ",", java.util.Collections.nCopies(200, "{\"name\":\"busybox\",\"num_images\":1}"))
                        + "]")
                .getBytes(StandardCharsets.UTF_8);
        upstream = new StubUpstream(request ->
                StubUpstream.Answer.json(200, "", "Content-Range", "0-200/200").withBody(big));
        proxy = proxyTo(upstream.baseUri()).maxBodySize(1024).build().start();

        HttpResponse<byte[]> response = get(SWR_PATH);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(big);
        assertThat(response.headers().firstValue("X-Conformance-Violations")).isEmpty();
        OperationReport report = swrReport();
        assertThat(report.notValidated()).containsExactly(Map.entry("response-body-over-max-size", 1L));
        assertThat(report.exchanges()).isEqualTo(1);
    }

    @Test
    void answerOverMaxSizeStillHasItsStatusChecked() throws Exception {
        byte[] big = new byte[4096];
        Arrays.fill(big, (byte) ' ');
        upstream = new StubUpstream(request -> StubUpstream.Answer.json(203, "").withBody(big));
        proxy = proxyTo(upstream.baseUri()).maxBodySize(1024).build().start();

        HttpResponse<byte[]> response = get(SWR_PATH);

        assertThat(response.body()).isEqualTo(big);
        assertThat(response.headers().allValues("X-Conformance-Violation")).contains("unknown-status /");
    }

    @Test
    void requestBodyOverMaxSizeIsForwardedUnchanged() throws Exception {
        upstream = new StubUpstream(request -> StubUpstream.Answer.json(200, "[]", "Content-Range", "0-0/0"));
        proxy = proxyTo(upstream.baseUri()).maxBodySize(1024).build().start();
        byte[] body = new byte[100_000];
        new java.util.Random(7).nextBytes(body);

        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(proxy.baseUri() + SWR_PATH))
                        .header("X-Auth-Token", "t")
                        .method("GET", HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(upstream.received().get(0).body()).isEqualTo(body);
        assertThat(swrReport().notValidated()).containsExactly(Map.entry("request-body-over-max-size", 1L));
    }

    @Test
    void signedRequestBodyOverMaxSizeIs413() throws Exception {
        AkSkCredentials key = AkSkCredentials.of("AK1", "secret-1");
        upstream = new StubUpstream(request -> StubUpstream.Answer.json(200, "[]", "Content-Range", "0-0/0"));
        proxy = proxyTo(upstream.baseUri())
                .accessKey(key)
                .maxBodySize(1024)
                .build()
                .start();
        byte[] body = new byte[4096];

        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(proxy.baseUri() + SWR_PATH))
                .method("GET", HttpRequest.BodyPublishers.ofByteArray(body));
        new Signer()
                .sign(
                        SignableRequest.builder()
                                .method("GET")
                                .path("/v2/manage/shared-repositories")
                                .queryParameter("center", "self")
                                .header("Host", proxy.baseUri().getAuthority())
                                .body(body)
                                .build(),
                        key,
                        Instant.now())
                .forEach(request::header);

        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());

        assertProxyError(response, 413, "CONFORMANCE.0413");
        assertThat(upstream.received()).isEmpty();
    }

    @Test
    void upstreamThatClosesEachConnectionIsReconnected() throws Exception {
        upstream = new StubUpstream(
                request -> StubUpstream.Answer.json(200, "[]", "Content-Range", "0-0/0", "Connection", "close"));
        proxy = proxyTo(upstream.baseUri()).build().start();

        for (int i = 0; i < 5; i++) {
            assertThat(get(SWR_PATH).statusCode()).isEqualTo(200);
        }
        assertThat(upstream.received()).hasSize(5);
    }

    @Test
    void malformedRequestIs400AndTheProxyKeepsServing() throws Exception {
        upstream = new StubUpstream(request -> StubUpstream.Answer.json(200, "[]", "Content-Range", "0-0/0"));
        proxy = proxyTo(upstream.baseUri()).build().start();

        String answer;
        try (Socket socket = new Socket("127.0.0.1", proxy.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /v2/manage/shared-repositories HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(answer).startsWith("HTTP/1.1 400 Bad Request").contains("CONFORMANCE.0400", "X-Request-Id");
        assertThat(get(SWR_PATH).statusCode()).isEqualTo(200);
        assertThat(upstream.received()).hasSize(1);
    }

    @Test
    void headRequestIsForwardedAndAnsweredWithoutABody() throws Exception {
        upstream = new StubUpstream(request -> StubUpstream.Answer.json(200, "[]", "Content-Range", "0-0/0"));
        proxy = proxyTo(upstream.baseUri()).build().start();

        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(proxy.baseUri() + SWR_PATH))
                        .header("X-Auth-Token", "t")
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(upstream.received())
                .extracting(StubUpstream.Received::method)
                .containsExactly("HEAD");
        assertThat(response.body()).isEmpty();
        assertThat(get(SWR_PATH).statusCode())
                .as("the connection is still in step")
                .isEqualTo(200);
    }

    @Test
    void reportIsServedAndNotForwarded() throws Exception {
        upstream = new StubUpstream(request -> StubUpstream.Answer.json(200, "[]", "Content-Range", "0-0/0"));
        proxy = proxyTo(upstream.baseUri()).build().start();
        get(SWR_PATH);

        HttpResponse<byte[]> report = http.send(
                HttpRequest.newBuilder(URI.create(proxy.baseUri() + ValidatingProxy.REPORT_PATH))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> post = http.send(
                HttpRequest.newBuilder(URI.create(proxy.baseUri() + ValidatingProxy.REPORT_PATH))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(report.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(report.body());
        assertThat(json.path("exchanges").asLong()).isEqualTo(1);
        assertThat(json.path("results").get(0).path("input").asText()).isEqualTo("swr listSharedRepositories");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(upstream.received()).hasSize(1);
        assertThat(proxy.report().exchanges()).isEqualTo(1);
    }

    /** A GET signed for the proxy's host, as a client pointed at the proxy signs it. */
    private HttpRequest signed(String target, AkSkCredentials key) {
        URI uri = URI.create(proxy.baseUri() + target);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Project-Id", "0123456789abcdef0123456789abcdef");
        SignableRequest.Builder signable =
                SignableRequest.builder().method("GET").path(uri.getPath()).header("Host", uri.getAuthority());
        headers.forEach(signable::header);
        for (String pair : uri.getQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            signable.queryParameter(kv[0], kv[1]);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        headers.forEach(request::header);
        new Signer().sign(signable.build(), key, Instant.now()).forEach(request::header);
        return request.build();
    }
}

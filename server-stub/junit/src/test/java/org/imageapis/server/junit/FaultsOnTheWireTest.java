package org.imageapis.server.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.imageapis.client.Service;
import org.junit.jupiter.api.Test;

/** Each kind of fault as it appears on the wire, seen with java.net.http or a raw socket. */
@ImageApisServerTest
class FaultsOnTheWireTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aStatusFaultAnswersAnErrorResponseWithRetryAfterOnce(ImageApisServer server) throws Exception {
        server.faults().next(Service.SWR, Fault.status(503).retryAfter(Duration.ofSeconds(2)));

        HttpResponse<String> faulted = Http.get(server.baseUri(), Http.SWR);
        HttpResponse<String> next = Http.get(server.baseUri(), Http.SWR);

        assertThat(faulted.statusCode()).isEqualTo(503);
        assertThat(faulted.headers().firstValue("Retry-After")).contains("2");
        assertThat(faulted.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(faulted.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
        JsonNode body = JSON.readTree(faulted.body());
        assertThat(body.path("error_code").asText()).isEqualTo("SWR.0503");
        assertThat(body.path("error_msg").asText()).contains("injected fault");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(server.faults().pending()).isZero();
    }

    @Test
    void aStatusFaultTakesItsOwnErrorCodeMessageAndRequestId(ImageApisServer server) throws Exception {
        server.faults()
                .next(
                        Service.MODELARTS,
                        Fault.status(404)
                                .errorCode("ModelArts.6404")
                                .errorMessage("Image group \"x\" not found.")
                                .requestId("req-0001"));

        HttpResponse<String> faulted = Http.get(server.baseUri(), Http.MODELARTS);

        assertThat(faulted.statusCode()).isEqualTo(404);
        assertThat(faulted.headers().firstValue("X-Request-Id")).contains("req-0001");
        assertThat(faulted.headers().firstValue("Retry-After")).isEmpty();
        assertThat(JSON.readTree(faulted.body()))
                .isEqualTo(JSON.readTree(
                        "{\"error_code\":\"ModelArts.6404\",\"error_msg\":\"Image group \\\"x\\\" not found.\"}"));
    }

    @Test
    void timesAppliesAFaultToThatManyCallsInARow(ImageApisServer server) {
        server.faults().next(Service.WORKSPACE, Fault.status(502).times(2));

        assertThat(Http.get(server.baseUri(), Http.WORKSPACE).statusCode()).isEqualTo(502);
        assertThat(server.faults().pending()).isEqualTo(1);
        assertThat(Http.get(server.baseUri(), Http.WORKSPACE).statusCode()).isEqualTo(502);
        assertThat(Http.get(server.baseUri(), Http.WORKSPACE).statusCode()).isEqualTo(200);
    }

    @Test
    void aFaultOfOneApiLeavesTheOthersAlone(ImageApisServer server) {
        server.faults().next(Service.SWR, Fault.status(500));

        assertThat(Http.get(server.baseUri(), Http.MODELARTS).statusCode()).isEqualTo(200);
        assertThat(Http.get(server.baseUri(), Http.HSS).statusCode()).isEqualTo(200);
        assertThat(server.faults().pending()).isEqualTo(1);
        assertThat(Http.get(server.baseUri(), Http.SWR).statusCode()).isEqualTo(500);
    }

    @Test
    void aFaultOfAllApisTakesTheNextCallOfAny(ImageApisServer server) {
        server.faults().next(Fault.status(500).times(2));

        assertThat(Http.get(server.baseUri(), Http.HSS).statusCode()).isEqualTo(500);
        assertThat(Http.get(server.baseUri(), Http.MODELARTS).statusCode()).isEqualTo(500);
        assertThat(Http.get(server.baseUri(), Http.SWR).statusCode()).isEqualTo(200);
    }

    @Test
    void faultsApplyInTheOrderTheyWereAdded(ImageApisServer server) {
        server.faults()
                .next(Service.SWR, Fault.status(500))
                .next(Fault.status(502))
                .next(Service.SWR, Fault.status(504));

        assertThat(Http.get(server.baseUri(), Http.SWR).statusCode()).isEqualTo(500);
        assertThat(Http.get(server.baseUri(), Http.SWR).statusCode()).isEqualTo(502);
        assertThat(Http.get(server.baseUri(), Http.SWR).statusCode()).isEqualTo(504);
        assertThat(Http.get(server.baseUri(), Http.SWR).statusCode()).isEqualTo(200);
    }

    @Test
    void otherPathsAreNeverFaulted(ImageApisServer server) {
        server.faults().next(Fault.status(500));

        assertThat(Http.send(HttpRequest.newBuilder(server.baseUri().resolve("openapi/swr.yaml")))
                        .statusCode())
                .isEqualTo(200);
        assertThat(Http.get(server.baseUri(), "v9/unknown").statusCode()).isEqualTo(404);
        assertThat(server.faults().pending()).isEqualTo(1);
    }

    @Test
    void faultsComeBeforeAuthentication(ImageApisServer server) {
        server.faults().next(Service.SWR, Fault.status(503));

        HttpResponse<String> response =
                Http.send(HttpRequest.newBuilder(server.baseUri().resolve(Http.SWR)));

        assertThat(response.statusCode()).isEqualTo(503);
    }

    @Test
    void aDelayHoldsBackTheNormalAnswer(ImageApisServer server) {
        String normal = Http.get(server.baseUri(), Http.WORKSPACE).body();
        server.faults().next(Service.WORKSPACE, Fault.delay(Duration.ofMillis(600)));

        long started = System.nanoTime();
        HttpResponse<String> delayed = Http.get(server.baseUri(), Http.WORKSPACE);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(millis).isGreaterThanOrEqualTo(600);
        assertThat(delayed.statusCode()).isEqualTo(200);
        assertThat(delayed.body()).isEqualTo(normal);
    }

    @Test
    void aDelayedFaultComesAfterItsDelayAndDoesNotHoldUpOtherCalls(ImageApisServer server) throws Exception {
        server.faults().next(Service.HSS, Fault.status(503).delayedBy(Duration.ofMillis(1500)));

        long started = System.nanoTime();
        var delayed = java.util.concurrent.CompletableFuture.supplyAsync(() -> Http.get(server.baseUri(), Http.HSS));
        Thread.sleep(200);
        HttpResponse<String> other = Http.get(server.baseUri(), Http.SWR);
        long otherMillis = (System.nanoTime() - started) / 1_000_000;
        HttpResponse<String> faulted = delayed.get();
        long faultedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(otherMillis).as("a call during the delay").isLessThan(1500);
        assertThat(faulted.statusCode()).isEqualTo(503);
        assertThat(faultedMillis).isGreaterThanOrEqualTo(1500);
    }

    @Test
    void aResetIsATcpResetWithoutAnyAnswer(ImageApisServer server) throws Exception {
        server.faults().next(Service.SWR, Fault.connectionReset());

        Http.RawExchange exchange = Http.raw(server.baseUri(), Http.SWR);

        assertThat(exchange.bytes()).isEmpty();
        assertThat(exchange.failure()).isInstanceOf(SocketException.class).hasMessageContaining("reset");
        assertThat(Http.get(server.baseUri(), Http.SWR).statusCode()).isEqualTo(200);
    }

    @Test
    void aMalformedBodyIsAComplete200WhoseBodyIsHalfTheExample(ImageApisServer server) throws Exception {
        String example =
                Http.get(server.baseUri(), Http.SWR, "Prefer", "code=200").body();
        server.faults().next(Service.SWR, Fault.malformedBody());

        Http.RawExchange exchange = Http.raw(server.baseUri(), Http.SWR);

        assertThat(exchange.failure()).isNull();
        assertThat(exchange.head()).startsWith("HTTP/1.1 200");
        assertThat(exchange.body()).isEqualTo(example.substring(0, example.length() / 2));
        assertThat(exchange.contentLength()).isEqualTo(exchange.body().length());
        assertThatThrownBy(() -> JSON.readTree(exchange.body())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void aTruncatedBodyStopsShortOfItsContentLengthAndTheConnectionCloses(ImageApisServer server) throws Exception {
        String example =
                Http.get(server.baseUri(), Http.MODELARTS, "Prefer", "code=200").body();
        server.faults().next(Service.MODELARTS, Fault.truncatedBody());

        Http.RawExchange exchange = Http.raw(server.baseUri(), Http.MODELARTS);

        assertThat(exchange.head()).startsWith("HTTP/1.1 200");
        assertThat(exchange.contentLength()).isEqualTo(example.length());
        assertThat(exchange.body()).isEqualTo(example.substring(0, example.length() / 2));
        assertThat(exchange.failure())
                .as("the connection closes cleanly after the half")
                .isNull();
    }

    @Test
    void faultsAreCheckedWhenTheyAreMade() {
        assertThatThrownBy(() -> Fault.status(200))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("400 to 599");
        assertThatThrownBy(() -> Fault.connectionReset().retryAfter(Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("status fault");
        assertThatThrownBy(() -> Fault.delay(Duration.ofSeconds(61)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("60 s");
        assertThatThrownBy(() -> Fault.status(503).retryAfter(Duration.ofMillis(1500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole");
        assertThatThrownBy(() -> Fault.status(503).times(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Fault.status(503)
                        .retryAfter(Duration.ofSeconds(1))
                        .delayedBy(Duration.ofMillis(5))
                        .times(2))
                .hasToString("Fault[status 503, Retry-After 1 s, after 5 ms, 2 times]");
    }

    @Test
    void baseUriIsTheSameForEveryService(ImageApisServer server) {
        URI base = server.baseUri();

        assertThat(base.toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
        for (Service service : Service.values()) {
            assertThat(server.baseUri(service)).isEqualTo(base);
        }
    }
}

package org.imageapis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.imageapis.client.StubServer.Reply;
import org.imageapis.client.errors.ConnectionException;
import org.imageapis.client.errors.RequestTimeoutException;
import org.imageapis.client.errors.ServerErrorException;
import org.imageapis.client.errors.TooManyRequestsException;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.imageapis.client.swr.SharedRepositoriesPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Retries, backoff, Retry-After and timeouts; waits are recorded, not slept. */
class RetryTest {

    private static final Reply OK = Reply.json(200, "[{\"name\":\"a\"}]");
    private static final ListSharedRepositoriesRequest REQUEST =
            ListSharedRepositoriesRequest.builder().build();

    private final StubServer server = new StubServer();
    private final TestClients clients = new TestClients();

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {502, 503, 504, 429})
    void retryableStatusesAreRetriedUntilSuccess(int status) {
        server.reply(Reply.json(status, "{}"), Reply.json(status, "{}"), OK);

        SharedRepositoriesPage page = clients.client(server.uri()).swr().listSharedRepositories(REQUEST);

        assertThat(page.repositories()).hasSize(1);
        assertThat(server.received()).hasSize(3);
        assertThat(clients.sleeps).hasSize(2);
    }

    @Test
    void backoffGrowsExponentiallyWithJitterWithinItsBounds() {
        server.fallback(request -> Reply.json(503, "{}"));
        ImageApisClient client = clients.builder(server.uri())
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(4)
                        .initialBackoff(Duration.ofMillis(100))
                        .maxBackoff(Duration.ofMillis(300))
                        .build())
                .build();

        assertThatThrownBy(() -> client.swr().listSharedRepositories(REQUEST)).isInstanceOf(ServerErrorException.class);

        assertThat(server.received()).hasSize(4);
        assertThat(clients.sleeps).hasSize(3);
        assertThat(clients.sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(clients.sleeps.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(clients.sleeps.get(2)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
    }

    @Test
    void backoffFormula() {
        RetryPolicy policy = RetryPolicy.builder()
                .initialBackoff(Duration.ofMillis(200))
                .maxBackoff(Duration.ofSeconds(1))
                .build();

        assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(1, 1.0)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(3, 1.0)).isEqualTo(Duration.ofMillis(800));
        assertThat(policy.backoff(4, 1.0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(60, 0.5)).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void retryAfterSecondsIsHonoured() {
        server.reply(Reply.json(429, "{\"error_code\":\"APIGW.0308\"}").withHeader("Retry-After", "7"), OK);

        clients.client(server.uri()).swr().listSharedRepositories(REQUEST);

        assertThat(clients.sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterHttpDateIsHonoured() {
        Instant now = Instant.parse("2024-01-02T03:04:05Z");
        String inTwelveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(now.plusSeconds(12), ZoneOffset.UTC));
        server.reply(Reply.json(503, "{}").withHeader("Retry-After", inTwelveSeconds), OK);

        clients.builder(server.uri())
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .build()
                .swr()
                .listSharedRepositories(REQUEST);

        assertThat(clients.sleeps).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void aRetryAfterLongerThanTheLimitIsNotWaitedFor() {
        server.reply(Reply.json(429, "{\"error_msg\":\"slow down\"}").withHeader("Retry-After", "3600"), OK);

        assertThatThrownBy(() -> clients.client(server.uri()).swr().listSharedRepositories(REQUEST))
                .isInstanceOf(TooManyRequestsException.class)
                .hasMessageContaining("slow down");

        assertThat(server.received()).hasSize(1);
        assertThat(clients.sleeps).isEmpty();
    }

    @Test
    void attemptsAreCappedAndTheLastErrorIsThrown() {
        server.fallback(request -> Reply.json(502, "{\"error_msg\":\"bad gateway\"}"));

        assertThatThrownBy(() -> clients.client(server.uri()).swr().listSharedRepositories(REQUEST))
                .isInstanceOf(ServerErrorException.class)
                .hasMessageContaining("bad gateway");

        assertThat(server.received()).hasSize(RetryPolicy.defaults().maxAttempts());
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {400, 401, 403, 404, 500})
    void otherErrorsAreNotRetried(int status) {
        server.reply(Reply.json(status, "{}"), OK);

        assertThatThrownBy(() -> clients.client(server.uri()).swr().listSharedRepositories(REQUEST));

        assertThat(server.received()).hasSize(1);
    }

    @Test
    void retriesCanBeSwitchedOff() {
        server.reply(Reply.json(503, "{}"), OK);
        ImageApisClient client = clients.builder(server.uri())
                .retryPolicy(RetryPolicy.disabled())
                .build();

        assertThatThrownBy(() -> client.swr().listSharedRepositories(REQUEST)).isInstanceOf(ServerErrorException.class);

        assertThat(server.received()).hasSize(1);
    }

    @Test
    void connectionFailuresAreRetriedThenThrown() throws IOException {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        ImageApisClient client = clients.builder(closedPort).build();

        assertThatThrownBy(() -> client.swr().listSharedRepositories(REQUEST))
                .isInstanceOf(ConnectionException.class)
                .hasMessageStartingWith(
                        "GET " + closedPort + "/v2/manage/shared-repositories failed without a response");

        assertThat(clients.sleeps).hasSize(RetryPolicy.defaults().maxAttempts() - 1);
    }

    @Test
    void aSlowResponseTimesOutAndIsNotRetried() {
        server.reply(OK.delayed(3_000), OK);
        ImageApisClient client = clients.builder(server.uri())
                .requestTimeout(Duration.ofMillis(200))
                .build();

        assertThatThrownBy(() -> client.swr().listSharedRepositories(REQUEST))
                .isInstanceOf(RequestTimeoutException.class)
                .hasMessageContaining("no response within 200 ms");

        assertThat(server.received()).hasSize(1);
        assertThat(clients.sleeps).isEmpty();
    }

    @Test
    void timeoutsAndRetryPolicyAreValidated() {
        assertThatThrownBy(() -> ImageApisClient.builder().requestTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("initialBackoff");
    }
}

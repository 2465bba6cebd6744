package org.imageapis.conformance.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.imageapis.client.ImageApisClient;
import org.imageapis.client.RetryPolicy;
import org.imageapis.client.Service;
import org.imageapis.client.errors.BadRequestException;
import org.imageapis.client.errors.ConnectionException;
import org.imageapis.client.errors.ForbiddenException;
import org.imageapis.client.errors.InvalidResponseException;
import org.imageapis.client.errors.NotFoundException;
import org.imageapis.client.errors.RequestTimeoutException;
import org.imageapis.client.errors.ServerErrorException;
import org.imageapis.client.errors.ServiceException;
import org.imageapis.client.errors.TooManyRequestsException;
import org.imageapis.client.errors.UnauthorizedException;
import org.imageapis.client.hss.ListImageBasicImagesRequest;
import org.imageapis.client.hss.model.HssImageType;
import org.imageapis.client.modelarts.ListImageGroupsRequest;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.imageapis.client.swr.SharedRepositoriesPage;
import org.imageapis.client.workspace.ListImageServersRequest;
import org.imageapis.server.junit.Fault;
import org.imageapis.server.junit.ImageApisServer;
import org.imageapis.server.junit.ImageApisServerTest;
import org.imageapis.server.junit.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client's retries, timeouts and typed errors, proven against faults the JUnit extension injects into the
 * reference server; the journal shows each attempt as the server received it. (The client module cannot use the
 * extension itself: the extension depends on the client.)
 */
@ImageApisServerTest(generate = 20, tokens = "resilience-token")
class ClientResilienceTest {

    private static final ListSharedRepositoriesRequest SWR_CALL =
            ListSharedRepositoriesRequest.builder().build();

    private ImageApisServer server;
    private ImageApisClient client;

    @BeforeEach
    void client(ImageApisServer server) {
        this.server = server;
        // Short backoffs where no Retry-After is given; three attempts, as by default.
        this.client = clientWith(
                RetryPolicy.builder().initialBackoff(Duration.ofMillis(20)).build());
    }

    private ImageApisClient clientWith(RetryPolicy retries) {
        return server.clientBuilder()
                .credentials(org.imageapis.client.Credentials.token("resilience-token"))
                .retryPolicy(retries)
                .build();
    }

    @Test
    void a503IsRetriedAfterItsRetryAfter() {
        server.faults().next(Service.SWR, Fault.serviceUnavailable().retryAfter(Duration.ofSeconds(1)));

        SharedRepositoriesPage page = client.swr().listSharedRepositories(SWR_CALL);

        assertThat(page.total()).hasValue(25);
        List<RecordedRequest> attempts = server.journal().requests(Service.SWR);
        assertThat(attempts).hasSize(2);
        assertThat(Duration.between(
                        attempts.get(0).receivedAt(), attempts.get(1).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a429IsRetriedAfterItsRetryAfterUntilTheAttemptsRunOut() {
        server.faults()
                .next(
                        Service.MODELARTS,
                        Fault.tooManyRequests(Duration.ofSeconds(1)).times(2));

        long total = client.modelArts()
                .listImageGroups(ListImageGroupsRequest.builder().build())
                .getTotal();

        assertThat(total).isGreaterThanOrEqualTo(20);
        List<RecordedRequest> attempts = server.journal().requests(Service.MODELARTS);
        assertThat(attempts).hasSize(3);
        assertThat(Duration.between(
                        attempts.get(1).receivedAt(), attempts.get(2).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));

        server.faults()
                .next(
                        Service.MODELARTS,
                        Fault.tooManyRequests(Duration.ofSeconds(0))
                                .errorCode("ModelArts.0429")
                                .times(3));
        TooManyRequestsException tooMany = catchThrowableOfType(
                TooManyRequestsException.class,
                () -> client.modelArts()
                        .listImageGroups(ListImageGroupsRequest.builder().build()));
        assertThat(tooMany.errorCode()).contains("ModelArts.0429");
        assertThat(server.journal().requests(Service.MODELARTS)).hasSize(6);
    }

    @Test
    void aRetryAfterLongerThanTheClientWaitsIsThrownAtOnce() {
        ImageApisClient patient = clientWith(
                RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(2)).build());
        server.faults().next(Service.SWR, Fault.serviceUnavailable().retryAfter(Duration.ofSeconds(30)));

        Instant started = Instant.now();
        ServerErrorException error = catchThrowableOfType(
                ServerErrorException.class, () -> patient.swr().listSharedRepositories(SWR_CALL));

        assertThat(error.status()).isEqualTo(503);
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(2));
        assertThat(server.journal().count(Service.SWR)).isEqualTo(1);
    }

    @Test
    void a400IsNotRetried() {
        server.faults()
                .next(
                        Service.WORKSPACE,
                        Fault.status(400)
                                .errorCode("WORKSPACE.0400")
                                .errorMessage("Invalid value for parameter limit."));

        BadRequestException error = catchThrowableOfType(
                BadRequestException.class,
                () -> client.workspace()
                        .listImageServers(ListImageServersRequest.builder().build()));

        assertThat(error.errorCode()).contains("WORKSPACE.0400");
        assertThat(error.errorMsg()).contains("Invalid value for parameter limit.");
        assertThat(server.journal().count(Service.WORKSPACE)).isEqualTo(1);
    }

    @Test
    void a500IsNotRetriedButA502Is() {
        server.faults().next(Service.SWR, Fault.status(500));
        catchThrowableOfType(ServerErrorException.class, () -> client.swr().listSharedRepositories(SWR_CALL));
        assertThat(server.journal().count(Service.SWR)).isEqualTo(1);

        server.faults().next(Service.SWR, Fault.status(502));
        client.swr().listSharedRepositories(SWR_CALL);
        assertThat(server.journal().count(Service.SWR)).isEqualTo(3);
    }

    @Test
    void aDelayLongerThanTheRequestTimeoutIsARequestTimeoutAndNotRetried() {
        ImageApisClient impatient = server.clientBuilder()
                .credentials(org.imageapis.client.Credentials.token("resilience-token"))
                .requestTimeout(Duration.ofMillis(300))
                .build();
        server.faults().next(Service.HSS, Fault.delay(Duration.ofSeconds(3)));

        Instant started = Instant.now();
        RequestTimeoutException timeout = catchThrowableOfType(
                RequestTimeoutException.class,
                () -> impatient
                        .hss()
                        .listImageBasicImages(ListImageBasicImagesRequest.builder("synthetic", HssImageType.CICD)
                                .build()));

        assertThat(timeout).hasMessageContaining("300 ms");
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(3));
        assertThat(server.journal().count(Service.HSS)).isEqualTo(1);
    }

    /**
     * The JDK's HTTP clients (HttpURLConnection, which the client uses on plain http, as java.net.http) send a GET
     * once more themselves when the connection closes before any byte of the answer, so each
     * attempt of the client reaches the server twice: two resets fail one attempt, and the client's retry succeeds;
     * six fail all three attempts.
     */
    @Test
    void aResetConnectionIsRetriedAndAfterTheLastAttemptAConnectionException() {
        server.faults().next(Service.SWR, Fault.connectionReset().times(2));
        assertThat(client.swr().listSharedRepositories(SWR_CALL).total()).hasValue(25);
        assertThat(server.journal().count(Service.SWR)).isEqualTo(3);

        server.journal().clear();
        server.faults().next(Service.SWR, Fault.connectionReset().times(6));
        ConnectionException failure = catchThrowableOfType(
                ConnectionException.class, () -> client.swr().listSharedRepositories(SWR_CALL));

        assertThat(failure).hasMessageContaining("without a response");
        assertThat(server.journal().count(Service.SWR)).isEqualTo(6);
        assertThat(server.faults().pending()).isZero();
    }

    @Test
    void aMalformedBodyIsAnInvalidResponseAndNotRetried() {
        server.faults().next(Service.MODELARTS, Fault.malformedBody());

        InvalidResponseException invalid = catchThrowableOfType(
                InvalidResponseException.class,
                () -> client.modelArts()
                        .listImageGroups(ListImageGroupsRequest.builder().build()));

        assertThat(invalid).hasMessageContaining("HTTP 200").hasMessageContaining("request id");
        assertThat(server.journal().count(Service.MODELARTS)).isEqualTo(1);
    }

    @Test
    void aTruncatedBodyIsAConnectionFailureThatIsRetried() {
        server.faults().next(Service.WORKSPACE, Fault.truncatedBody());
        assertThat(client.workspace()
                        .listImageServers(ListImageServersRequest.builder().build())
                        .getCount())
                .isGreaterThanOrEqualTo(20);
        assertThat(server.journal().count(Service.WORKSPACE)).isEqualTo(2);

        server.faults().next(Service.WORKSPACE, Fault.truncatedBody().times(3));
        ConnectionException failure = catchThrowableOfType(
                ConnectionException.class,
                () -> client.workspace()
                        .listImageServers(ListImageServersRequest.builder().build()));
        assertThat(failure).hasMessageContaining("without a response");
        assertThat(server.journal().count(Service.WORKSPACE)).isEqualTo(5);
    }

    @Test
    void typedExceptionsCarryTheStatusErrorCodeMessageAndRequestIdOnTheWire() {
        server.faults()
                .next(
                        Service.SWR,
                        Fault.status(404)
                                .errorCode("SWR.0404")
                                .errorMessage("No such namespace.")
                                .requestId("req-404"))
                .next(Service.SWR, Fault.status(403).requestId("req-403"))
                .next(Service.SWR, Fault.status(401).requestId("req-401"))
                .next(Service.SWR, Fault.status(504).requestId("req-504").times(3));

        NotFoundException notFound =
                catchThrowableOfType(NotFoundException.class, () -> client.swr().listSharedRepositories(SWR_CALL));
        ForbiddenException forbidden = catchThrowableOfType(
                ForbiddenException.class, () -> client.swr().listSharedRepositories(SWR_CALL));
        UnauthorizedException unauthorized = catchThrowableOfType(
                UnauthorizedException.class, () -> client.swr().listSharedRepositories(SWR_CALL));
        ServerErrorException gatewayTimeout = catchThrowableOfType(
                ServerErrorException.class, () -> client.swr().listSharedRepositories(SWR_CALL));

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.errorCode()).contains("SWR.0404");
        assertThat(notFound.errorMsg()).contains("No such namespace.");
        assertThat(notFound.requestId()).contains("req-404");
        assertThat(notFound).hasMessageContaining("[SWR.0404]").hasMessageContaining("req-404");
        assertThat(forbidden.errorCode()).contains("SWR.0403");
        assertThat(forbidden.requestId()).contains("req-403");
        assertThat(unauthorized.errorCode()).contains("APIGW.0301");
        assertThat(unauthorized.requestId()).contains("req-401");
        assertThat(gatewayTimeout.status()).isEqualTo(504);
        assertThat(gatewayTimeout.errorCode()).contains("SWR.0504");
        assertThat(gatewayTimeout.requestId()).contains("req-504");
        assertThat(server.journal().count(Service.SWR)).isEqualTo(6);
        assertThat(List.<ServiceException>of(notFound, forbidden, unauthorized, gatewayTimeout))
                .allSatisfy(error -> assertThat(error.rawBody()).isNotEmpty());
    }
}

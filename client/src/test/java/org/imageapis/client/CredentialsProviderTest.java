package org.imageapis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.imageapis.client.StubServer.Reply;
import org.imageapis.client.errors.CredentialsException;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.imageapis.signing.SignatureVerifier;
import org.imageapis.signing.VerificationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Credentials that change over a client's life reach the wire without rebuilding the client. */
class CredentialsProviderTest {

    private static final ListSharedRepositoriesRequest REQUEST =
            ListSharedRepositoriesRequest.builder().build();

    private final StubServer server = new StubServer().fallback(request -> Reply.json(200, "[]"));

    @AfterEach
    void stop() {
        server.close();
    }

    private ImageApisClient client(CredentialsProvider provider) {
        return new TestClients()
                .builder(server.uri())
                .credentialsProvider(provider)
                .build();
    }

    @Test
    void aRefreshedTokenIsUsedFromTheNextCallOn() {
        AtomicReference<String> token = new AtomicReference<>("token-before-refresh");
        ImageApisClient client = client(() -> Credentials.token(token.get()));

        client.swr().listSharedRepositories(REQUEST);
        token.set("token-after-refresh");
        client.swr().listSharedRepositories(REQUEST);

        assertThat(server.received())
                .extracting(request -> request.header("X-Auth-Token"))
                .containsExactly("token-before-refresh", "token-after-refresh");
    }

    @Test
    void theProviderIsAskedAgainForEachRetry() {
        server.reply(Reply.json(503, "{}"));
        AtomicInteger asked = new AtomicInteger();
        ImageApisClient client = client(() -> Credentials.token("token-" + asked.incrementAndGet()));

        client.swr().listSharedRepositories(REQUEST);

        assertThat(server.received())
                .extracting(request -> request.header("X-Auth-Token"))
                .containsExactly("token-1", "token-2");
    }

    @Test
    void rotatingTemporaryKeysAreEachSignedSoTheServerAcceptsThem() {
        Map<String, String> secretKeys = Map.of("AK-FIRST", "SK-first-secret", "AK-SECOND", "SK-second-secret");
        Map<String, String> securityTokens = Map.of("AK-FIRST", "STS-first", "AK-SECOND", "STS-second");
        SignatureVerifier verifier =
                new SignatureVerifier(ak -> Optional.ofNullable(secretKeys.get(ak)), Clock.systemUTC());
        server.fallback(request -> {
            VerificationResult result = verifier.verify(request.signable());
            boolean tokenOfThatKey = result.accessKey()
                    .map(securityTokens::get)
                    .filter(token -> token.equals(request.header("X-Security-Token")))
                    .isPresent();
            return result.isVerified() && tokenOfThatKey
                    ? Reply.json(200, "[]")
                    : Reply.json(401, "{\"error_msg\":\"" + result.message() + "\"}");
        });
        Iterator<Credentials> rotation = List.of(
                        Credentials.temporaryAccessKey("AK-FIRST", "SK-first-secret", "STS-first"),
                        Credentials.temporaryAccessKey("AK-SECOND", "SK-second-secret", "STS-second"))
                .iterator();
        AtomicReference<Credentials> current = new AtomicReference<>(rotation.next());
        ImageApisClient client = client(current::get);

        client.swr().listSharedRepositories(REQUEST);
        current.set(rotation.next());
        client.swr().listSharedRepositories(REQUEST);

        assertThat(server.received())
                .extracting(request -> request.header("X-Security-Token"))
                .containsExactly("STS-first", "STS-second");
        assertThat(server.received())
                .extracting(request -> request.header("Authorization"))
                .satisfiesExactly(
                        first -> assertThat(first).contains("Access=AK-FIRST,"),
                        second -> assertThat(second).contains("Access=AK-SECOND,"));
    }

    @Test
    void aFailingProviderFailsTheCallWithoutSendingOrQuotingIt() {
        ImageApisClient client = client(() -> {
            throw new IllegalStateException("vault said no for secret SK-very-secret");
        });

        Throwable error = catchThrowable(() -> client.swr().listSharedRepositories(REQUEST));

        assertThat(error)
                .isInstanceOf(CredentialsException.class)
                .hasMessage("the credentials provider failed: java.lang.IllegalStateException")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(error.toString()).doesNotContain("SK-very-secret");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void aProviderWithoutCredentialsFailsTheCall() {
        ImageApisClient client = client(() -> null);

        assertThat(catchThrowable(() -> client.swr().listSharedRepositories(REQUEST)))
                .isInstanceOf(CredentialsException.class)
                .hasMessage("the credentials provider returned no credentials");
        assertThat(server.received()).isEmpty();
    }
}

package org.imageapis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.imageapis.client.StubServer.Reply;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tokens, secret keys, security tokens and signatures never show in logs, exceptions or toString. */
class RedactionTest {

    private static final String SECRET_KEY = "SK-SECRET-0123456789";
    private static final String SECURITY_TOKEN = "STS-SECRET-token";

    private final StubServer server = new StubServer();

    @AfterEach
    void stop() {
        server.close();
    }

    static Stream<Credentials> credentials() {
        return Stream.of(
                Credentials.token(TestClients.TOKEN),
                Credentials.accessKey("AK-PUBLIC", SECRET_KEY),
                Credentials.temporaryAccessKey("AK-PUBLIC", SECRET_KEY, SECURITY_TOKEN));
    }

    @ParameterizedTest
    @MethodSource("credentials")
    void secretsStayOutOfLogsExceptionsAndToString(Credentials credentials) {
        server.reply(
                Reply.json(503, "{\"error_msg\":\"busy\"}"),
                Reply.json(
                                401,
                                "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information\"}")
                        .withHeader("X-Request-Id", "req-1"));
        ImageApisClient client =
                new TestClients().builder(server.uri()).credentials(credentials).build();

        String[] logs = new String[1];
        Throwable error = captureStandardError(
                logs,
                () -> client.swr()
                        .listSharedRepositories(ListSharedRepositoriesRequest.builder()
                                .name("x")
                                .build()));

        assertThat(logs[0])
                .contains("GET " + server.uri() + "/v2/manage/shared-repositories?name=x -> 503 in ")
                .contains("(attempt 1 of 3)")
                .contains("-> 401 in ");
        List<String> authorization = server.received().stream()
                .map(request -> request.header("Authorization"))
                .filter(value -> value != null)
                .toList();
        for (String shown :
                List.of(logs[0], error.getMessage(), error.toString(), client.toString(), credentials.toString())) {
            assertThat(shown).doesNotContain(TestClients.TOKEN, SECRET_KEY, SECURITY_TOKEN);
            authorization.forEach(
                    value -> assertThat(shown).doesNotContain(value.substring(value.indexOf("Signature="))));
        }
        assertThat(error).hasMessageContaining("APIGW.0301").hasMessageContaining("req-1");
    }

    private static Throwable captureStandardError(String[] captured, Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            return catchThrowable(action::run);
        } finally {
            System.setErr(original);
            captured[0] = buffer.toString(StandardCharsets.UTF_8);
        }
    }
}

package org.imageapis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.stream.Stream;
import org.imageapis.client.StubServer.Reply;
import org.imageapis.client.errors.BadRequestException;
import org.imageapis.client.errors.ClientErrorException;
import org.imageapis.client.errors.ForbiddenException;
import org.imageapis.client.errors.NotFoundException;
import org.imageapis.client.errors.ServerErrorException;
import org.imageapis.client.errors.ServiceException;
import org.imageapis.client.errors.TooManyRequestsException;
import org.imageapis.client.errors.UnauthorizedException;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each error status becomes its exception, with the fields of the body and the request id. */
class ErrorMappingTest {

    private final StubServer server = new StubServer();
    private final ImageApisClient client = new TestClients()
            .builder(server.uri())
            .retryPolicy(RetryPolicy.disabled())
            .build();

    @AfterEach
    void stop() {
        server.close();
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class),
                Arguments.of(401, UnauthorizedException.class),
                Arguments.of(403, ForbiddenException.class),
                Arguments.of(404, NotFoundException.class),
                Arguments.of(405, ClientErrorException.class),
                Arguments.of(409, ClientErrorException.class),
                Arguments.of(429, TooManyRequestsException.class),
                Arguments.of(500, ServerErrorException.class),
                Arguments.of(502, ServerErrorException.class),
                Arguments.of(503, ServerErrorException.class),
                Arguments.of(504, ServerErrorException.class),
                Arguments.of(302, ServiceException.class));
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @MethodSource("statuses")
    void statusMapsToItsException(int status, Class<? extends ServiceException> expected) {
        String body = "{\"error_code\":\"SVC.0" + status + "\",\"error_msg\":\"went wrong\"}";
        server.reply(Reply.json(status, body).withHeader("X-Request-Id", "req-" + status));

        ServiceException error = call();

        assertThat(error)
                .isExactlyInstanceOf(expected)
                .isInstanceOf(
                        status >= 500
                                ? ServerErrorException.class
                                : status >= 400 ? ClientErrorException.class : ServiceException.class);
        assertThat(error.status()).isEqualTo(status);
        assertThat(error.errorCode()).contains("SVC.0" + status);
        assertThat(error.errorMsg()).contains("went wrong");
        assertThat(error.requestId()).contains("req-" + status);
        assertThat(error.rawBody()).isEqualTo(body);
        assertThat(error)
                .hasMessage("GET " + server.uri() + "/v2/manage/shared-repositories failed with HTTP " + status
                        + " [SVC.0" + status + "] went wrong (request id req-" + status + ")");
    }

    @Test
    void codeAndMessageAreAcceptedInPlaceOfErrorCodeAndErrorMsg() {
        server.reply(Reply.json(403, "{\"code\":\"IAM.0003\",\"message\":\"no permission\"}"));

        ServiceException error = call();

        assertThat(error.errorCode()).contains("IAM.0003");
        assertThat(error.errorMsg()).contains("no permission");
    }

    @Test
    void fieldsNestedUnderErrorAreRead() {
        server.reply(Reply.json(
                401, "{\"error\":{\"code\":\"APIGW.0301\",\"message\":\"Incorrect IAM authentication information\"}}"));

        ServiceException error = call();

        assertThat(error).isInstanceOf(UnauthorizedException.class);
        assertThat(error.errorCode()).contains("APIGW.0301");
    }

    @Test
    void aBodyThatIsNotJsonIsKeptRaw() {
        server.reply(new Reply(502, Map.of("Content-Type", "text/html"), "<html>Bad Gateway</html>", 0));

        ServiceException error = call();

        assertThat(error.errorCode()).isEmpty();
        assertThat(error.errorMsg()).isEmpty();
        assertThat(error.requestId()).isEmpty();
        assertThat(error.rawBody()).isEqualTo("<html>Bad Gateway</html>");
        assertThat(error).hasMessageEndingWith("failed with HTTP 502");
    }

    @Test
    void anEmptyErrorBodyIsFine() {
        server.reply(new Reply(404, Map.of(), "", 0));

        ServiceException error = call();

        assertThat(error).isInstanceOf(NotFoundException.class);
        assertThat(error.rawBody()).isEmpty();
    }

    private ServiceException call() {
        return catchThrowableOfType(
                ServiceException.class,
                () -> client.swr()
                        .listSharedRepositories(
                                ListSharedRepositoriesRequest.builder().build()));
    }
}

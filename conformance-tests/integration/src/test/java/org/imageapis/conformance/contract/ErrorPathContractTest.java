package org.imageapis.conformance.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.imageapis.client.Credentials;
import org.imageapis.client.ImageApisClient;
import org.imageapis.client.errors.BadRequestException;
import org.imageapis.client.errors.NotFoundException;
import org.imageapis.client.errors.ServiceException;
import org.imageapis.client.errors.UnauthorizedException;
import org.imageapis.client.hss.ListImageBasicImagesRequest;
import org.imageapis.client.hss.model.HssImageType;
import org.imageapis.client.modelarts.ListImageGroupsRequest;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.imageapis.client.workspace.ListImageServersRequest;
import org.imageapis.conformance.RecordedResponse;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each error path through the client: the typed exception carries the status, {@code error_code},
 * {@code error_msg} and request id of the response as it went over the wire (which must also conform).
 */
class ErrorPathContractTest extends ContractTestBase {

    /** One call of each API with valid parameters. */
    static Stream<Named<Consumer<ImageApisClient>>> everyApi() {
        return Stream.of(
                Named.of(
                        "ModelArts",
                        c -> c.modelArts()
                                .listImageGroups(
                                        ListImageGroupsRequest.builder().build())),
                Named.of(
                        "Workspace",
                        c -> c.workspace()
                                .listImageServers(
                                        ListImageServersRequest.builder().build())),
                Named.of(
                        "HSS",
                        c -> c.hss()
                                .listImageBasicImages(
                                        ListImageBasicImagesRequest.builder("synthetic", HssImageType.CICD)
                                                .build())),
                Named.of(
                        "SWR",
                        c -> c.swr()
                                .listSharedRepositories(
                                        ListSharedRepositoriesRequest.builder().build())));
    }

    static Stream<Arguments> rejectedCredentials() {
        List<Named<Credentials>> credentials = List.of(
                Named.of("an unknown token", Credentials.token("not-a-known-token")),
                Named.of("an unknown access key", Credentials.accessKey("UNKNOWNAK", "whatever-secret")),
                Named.of("a wrong secret key", Credentials.accessKey("CONTRACTTESTAK0000001", "wrong-secret")));
        return everyApi().flatMap(call -> credentials.stream().map(c -> Arguments.of(call, c)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("rejectedCredentials")
    void rejectedCredentialsRaiseUnauthorized(Consumer<ImageApisClient> call, Credentials credentials) {
        UnauthorizedException e = catchThrowableOfType(
                UnauthorizedException.class, () -> call.accept(client(credentials, proxy.baseUri())));

        assertCarriesTheWireError(e, 401, "APIGW.0301");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyApi")
    void anUnknownRouteRaisesNotFound(Consumer<ImageApisClient> call) {
        ImageApisClient client = client(Auth.TOKEN.credentials, URI.create(proxy.baseUri() + "/no-such-prefix"));

        NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> call.accept(client));

        assertCarriesTheWireError(e, 404, "APIGW.0101");
    }

    /**
     * Requests the client sends but the server rejects. Workspace and HSS have none: the client checks every
     * constraint of their parameters itself (the fuzz test sends such requests raw).
     */
    static Stream<Arguments> invalidParameters() {
        return Stream.of(
                Arguments.of(
                        Named.<Consumer<ImageApisClient>>of(
                                "ModelArts sort_key of an unknown field",
                                c -> c.modelArts()
                                        .listImageGroups(ListImageGroupsRequest.builder()
                                                .sortKey("colour")
                                                .build())),
                        "MODELARTS.0400"),
                Arguments.of(
                        Named.<Consumer<ImageApisClient>>of(
                                "SWR status that is not a boolean",
                                c -> c.swr()
                                        .listSharedRepositories(ListSharedRepositoriesRequest.builder()
                                                .status("maybe")
                                                .build())),
                        "SWR.0400"),
                Arguments.of(
                        Named.<Consumer<ImageApisClient>>of(
                                "SWR filter with a key given twice",
                                c -> c.swr()
                                        .listSharedRepositories(ListSharedRepositoriesRequest.builder()
                                                .filter("name::a|name::b")
                                                .build())),
                        "SWR.0400"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidParameters")
    void invalidParametersRaiseBadRequest(Consumer<ImageApisClient> call, String errorCode) {
        for (Auth auth : Auth.values()) {
            BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> call.accept(client(auth)));

            assertCarriesTheWireError(e, 400, errorCode);
        }
    }

    /** The exception matches the last response the proxy passed to the client, whose code is {@code errorCode}. */
    private void assertCarriesTheWireError(ServiceException e, int status, String errorCode) {
        assertThat(e).as("typed exception").isNotNull();
        List<RecordingProxy.Exchange> exchanges = proxy.recorded();
        RecordedResponse wire = exchanges.get(exchanges.size() - 1).response();
        JsonNode body = wire.body();
        assertThat(wire.status()).isEqualTo(status);
        assertThat(e.status()).isEqualTo(status);
        assertThat(body.path("error_code").asText()).isEqualTo(errorCode);
        assertThat(e.errorCode()).hasValue(errorCode);
        assertThat(e.errorMsg())
                .hasValue(body.path("error_msg").asText())
                .get()
                .asString()
                .isNotBlank();
        assertThat(e.requestId()).isPresent().isEqualTo(wire.headers().get("X-Request-Id"));
        assertThat(e.getMessage()).contains(errorCode).contains(String.valueOf(status));
    }
}

package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.imageapis.server.auth.Credentials;
import org.imageapis.server.control.ServerControls;
import org.imageapis.server.data.DatasetLoader;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code Prefer} request header: each preference, their combination, the order with authentication, every
 * kind of value the server refuses, and {@code --no-prefer}. Expected bodies are read from the bundles here, not
 * through the server's code.
 */
class PreferTest {

    private static final String MODELARTS = "/v1/p/images/group";
    private static final String WORKSPACE = "/v1/p/image-servers";
    private static final String HSS = "/v5/p/image/111/basic-image?image_type=cicd";
    private static final String SWR = "/v2/manage/shared-repositories";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ServerFixture server;
    private static ServerFixture noPrefer;

    @BeforeAll
    static void start() {
        Credentials credentials = new Credentials(List.of(ServerFixture.TOKEN), Map.of());
        server = ServerFixture.start(DatasetLoader.builtIn(), credentials, Clock.systemUTC());
        noPrefer = ServerFixture.start(
                DatasetLoader.builtIn(),
                credentials,
                Clock.systemUTC(),
                ServerControls.defaults().withPrefer(false));
    }

    @AfterAll
    static void stop() {
        server.close();
        noPrefer.close();
    }

    @ParameterizedTest
    @CsvSource({
        "MODELARTS, " + MODELARTS + ", page000",
        "WORKSPACE, " + WORKSPACE + ", ",
        "HSS, " + HSS + ", ",
        "SWR, " + SWR + ", swrPage"
    })
    void code200AnswersTheFirstExampleOfTheSpec(Specs.Api api, String path, String firstExample) throws IOException {
        HttpResult result = server.get(api, path, "Prefer", "code=200", "region", "cn-north-4");

        assertThat(result.status()).isEqualTo(200);
        JsonNode examples = responseExamples(api, "200");
        String name =
                firstExample != null ? firstExample : examples.fieldNames().next();
        assertThat(result.json()).isEqualTo(examples.path(name).path("value"));
        assertThat(result.header("X-Request-Id")).isPresent();
    }

    @Test
    void exampleNamesTheExampleOfThe200Response() throws IOException {
        HttpResult first = server.get(Specs.Api.MODELARTS, MODELARTS, "Prefer", "example=page000");
        HttpResult second = server.get(Specs.Api.MODELARTS, MODELARTS, "Prefer", "example=\"page001\"");

        JsonNode examples = responseExamples(Specs.Api.MODELARTS, "200");
        assertThat(first.json()).isEqualTo(examples.path("page000").path("value"));
        assertThat(second.json()).isEqualTo(examples.path("page001").path("value"));
        assertThat(second.json()).isNotEqualTo(first.json());
    }

    @Test
    void swrsTotalHeaderIsComputedFromTheExample() {
        HttpResult result = server.get(Specs.Api.SWR, SWR, "Prefer", "code=200");

        assertThat(result.header("Content-Range")).contains("0-1/1");
    }

    @Test
    void aStatusWithItsOwnEntryAnswersItsExample() throws IOException {
        HttpResult result = server.get(Specs.Api.SWR, SWR, "Prefer", "code=401");

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.json())
                .isEqualTo(
                        responseExamples(Specs.Api.SWR, "401").elements().next().path("value"));
        assertThat(result.header("X-Request-Id")).isPresent();
    }

    @ParameterizedTest
    @CsvSource({
        "HSS, " + HSS + ", 503, HSS.0503",
        "MODELARTS, " + MODELARTS + ", 400, MODELARTS.0400",
        "SWR, " + SWR + ", 429, SWR.0429",
        "WORKSPACE, " + WORKSPACE + ", 502, WORKSPACE.0502"
    })
    void aStatusDocumentedByDefaultAnswersAGeneratedErrorResponse(Specs.Api api, String path, int status, String code) {
        HttpResult result = server.get(api, path, "Prefer", "code=" + status, "region", "cn-north-4");

        assertThat(result.status()).isEqualTo(status);
        assertThat(result.errorCode()).isEqualTo(code);
        assertThat(result.errorMessage()).contains("Prefer").contains("code=" + status);
        assertThat(result.header("X-Request-Id")).isPresent();
    }

    @Test
    void severalPreferencesInOneHeaderOrInSeveral() {
        long started = System.nanoTime();
        HttpResult oneHeader = server.get(Specs.Api.MODELARTS, MODELARTS, "Prefer", "code=404, delay=300");
        long oneHeaderMillis = (System.nanoTime() - started) / 1_000_000;
        HttpResult twoHeaders = server.get(Specs.Api.MODELARTS, MODELARTS, "Prefer", "CODE=404", "Prefer", "Delay=0");

        assertThat(oneHeader.status()).isEqualTo(404);
        assertThat(oneHeaderMillis).isGreaterThanOrEqualTo(300);
        assertThat(twoHeaders.status()).isEqualTo(404);
    }

    @Test
    void delayAloneHoldsBackTheNormalAnswer() {
        HttpResult normal = server.get(Specs.Api.WORKSPACE, WORKSPACE + "?limit=1");
        long started = System.nanoTime();
        HttpResult delayed = server.get(Specs.Api.WORKSPACE, WORKSPACE + "?limit=1", "Prefer", "delay=400");
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(millis).isGreaterThanOrEqualTo(400);
        assertThat(delayed.status()).isEqualTo(200);
        assertThat(delayed.body()).isEqualTo(normal.body());
    }

    @Test
    void authenticationComesFirst() {
        HttpResult preferred = server.send(HttpRequest.newBuilder(server.uri(SWR)), "Prefer", "code=200");
        HttpResult invalid = server.send(HttpRequest.newBuilder(server.uri(SWR)), "Prefer", "code=abc");
        HttpResult wrongToken = server.send(
                HttpRequest.newBuilder(server.uri(SWR)), "X-Auth-Token", "not-listed", "Prefer", "code=200");

        assertThat(preferred.status()).isEqualTo(401);
        assertThat(invalid.status()).isEqualTo(401);
        assertThat(wrongToken.status()).isEqualTo(401);
    }

    @Test
    void preferAnswersBeforeTheParametersAreRead() {
        HttpResult result = server.get(Specs.Api.MODELARTS, MODELARTS + "?limit=not-a-number", "Prefer", "code=200");

        assertThat(result.status()).isEqualTo(200);
    }

    @Test
    void otherPathsIgnorePrefer() {
        HttpResult spec = server.send(HttpRequest.newBuilder(server.uri("/openapi/swr.yaml")), "Prefer", "code=404");
        HttpResult docs = server.send(HttpRequest.newBuilder(server.uri("/docs/")), "Prefer", "bogus");

        assertThat(spec.status()).isEqualTo(200);
        assertThat(docs.status()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "code=abc           | code=abc is not an HTTP status from 100 to 599",
                "code=99            | code=99 is not an HTTP status",
                "code=600           | code=600 is not an HTTP status",
                "code=302           | code=302 is not a status listSharedRepositories documents; it documents 200, 400, 401, 500, default",
                "code=201           | code=201 is not a status listSharedRepositories documents",
                "example=nope       | example=nope is not an example of the 200 response of listSharedRepositories; its examples are swrPage",
                "'code=503, example=swrPage' | example=swrPage is not an example of the 503 response of listSharedRepositories; that response has no named examples",
                "delay=-1           | delay=-1 is not a number of milliseconds from 0 to 60000",
                "delay=60001        | delay=60001 is not a number of milliseconds from 0 to 60000",
                "delay=1.5          | delay=1.5 is not a number of milliseconds",
                "dynamic=true       | dynamic is not supported",
                "return=minimal     | unknown preference 'return': the server understands code=NNN, example=NAME and delay=MS",
                "code               | code needs a value",
                "example=           | example needs a value",
                "code=200;q=1       | 'code=200;q=1': preference parameters (';') are not supported",
                "'code=200, code=404' | code is given more than once"
            })
    void aValueTheServerDoesNotAcceptIsA400NamingTheProblem(String prefer, String problem) {
        HttpResult result = server.get(Specs.Api.SWR, SWR, "Prefer", prefer);

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("SWR.0400");
        assertThat(result.errorMessage()).startsWith("Invalid Prefer header: ").contains(problem);
    }

    @Test
    void aBadPreferDoesNotDelay() {
        long started = System.nanoTime();
        HttpResult result = server.get(Specs.Api.SWR, SWR, "Prefer", "delay=2000, code=abc");

        assertThat(result.status()).isEqualTo(400);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2000);
    }

    @Test
    void withPreferOffTheHeaderIsIgnored() {
        HttpResult normal = noPrefer.get(Specs.Api.SWR, SWR + "?limit=1");
        HttpResult coded = noPrefer.get(Specs.Api.SWR, SWR + "?limit=1", "Prefer", "code=404");
        HttpResult invalid = noPrefer.get(Specs.Api.SWR, SWR + "?limit=1", "Prefer", "nonsense");
        long started = System.nanoTime();
        HttpResult delayed = noPrefer.get(Specs.Api.SWR, SWR + "?limit=1", "Prefer", "delay=3000");

        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3000);
        assertThat(List.of(coded, invalid, delayed)).allSatisfy(result -> {
            assertThat(result.status()).isEqualTo(200);
            assertThat(result.body()).isEqualTo(normal.body());
        });
    }

    @Test
    void theNoPreferOptionTurnsPreferOffOnTheCommandLine() throws Exception {
        assertThat(ServerOptions.parse().prefer()).isTrue();
        assertThat(ServerOptions.USAGE).contains("--no-prefer");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (ReferenceServer on = Main.start(new String[] {"--port", "0"}, quiet);
                ReferenceServer off = Main.start(new String[] {"--port", "0", "--no-prefer"}, quiet)) {
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest.Builder request =
                    HttpRequest.newBuilder().header("X-Auth-Token", "any").header("Prefer", "code=404");

            assertThat(http.send(
                                    request.uri(on.baseUri().resolve(SWR.substring(1)))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .isEqualTo(404);
            assertThat(http.send(
                                    request.uri(off.baseUri().resolve(SWR.substring(1)))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    private static JsonNode responseExamples(Specs.Api api, String status) throws IOException {
        JsonNode root;
        try (InputStream in = Specs.bundle(api).openStream()) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        JsonNode response = root.path("paths")
                .elements()
                .next()
                .path("get")
                .path("responses")
                .path(status);
        if (response.has("$ref")) {
            response = root.at(response.get("$ref").asText().substring(1));
        }
        return response.path("content").path("application/json").path("examples");
    }
}

package org.imageapis.bench.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.imageapis.client.Cloud;
import org.imageapis.client.Credentials;
import org.imageapis.client.ImageApisClient;
import org.imageapis.client.Service;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.imageapis.client.swr.SharedRepositoriesPage;
import org.imageapis.client.swr.model.SharedRepository;
import org.imageapis.client.swr.model.SharedRepositoryCenter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client's overhead: {@code client.swr().listSharedRepositories(...)} against the same call
 * written by hand with java.net.http and Jackson (same URL, headers and body, mapped onto the same
 * generated model), both against a loopback server that answers a fixed page instantly. The
 * target is {@code client <= 1.2 x handWritten}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs and
// every call takes ~40 ms on loopback, which would hide the client entirely.
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class ClientOverheadBenchmark {

    private static final String TOKEN = "benchmark-token";
    private static final TypeReference<List<SharedRepository>> REPOSITORIES = new TypeReference<>() { };

    /** Repositories on the page; 20 is a typical page, 1 shows the fixed cost per call. */
    @Param({"1", "20"})
    public int repositories;

    private HttpServer server;
    private ExecutorService serverThreads;
    private ImageApisClient client;
    private ListSharedRepositoriesRequest request;
    private HttpClient http;
    private ObjectMapper mapper;
    private HttpRequest handWrittenRequest;

    @Setup(Level.Trial)
    public void start() throws IOException {
        byte[] body = IntStream.range(0, repositories)
                .mapToObj(i -> "{\"name\":\"repo-" + i + "\",\"category\":\"other\",\"description\":\"\","
                        + "\"size\":115645792,\"is_public\":false,\"num_images\":1,\"num_download\":0,"
                        + "\"created_at\":\"2021-06-02T09:23:01.751202Z\",\"updated_at\":\"2021-06-10T07:24:35.204517Z\","
                        + "\"logo\":\"\",\"url\":\"\",\"path\":\"swr.example.com/group/repo-" + i + "\","
                        + "\"internal_path\":\"swr.internal/group/repo-" + i + "\",\"domain_name\":\"domain\","
                        + "\"namespace\":\"group\",\"tags\":[\"v1\",\"v2\"],\"status\":true,\"total_range\":"
                        + repositories + "}")
                .collect(Collectors.joining(",", "[", "]")).getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serverThreads = Executors.newFixedThreadPool(2);
        server.setExecutor(serverThreads);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("Content-Range", "0-" + repositories + "/" + repositories);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());

        client = ImageApisClient.builder().cloud(Cloud.HUAWEI_CLOUD).region("cn-north-4")
                .credentials(Credentials.token(TOKEN)).endpoint(Service.SWR, endpoint).build();
        request = ListSharedRepositoriesRequest.builder().center(SharedRepositoryCenter.SELF).limit(20).offset(0)
                .build();

        http = HttpClient.newHttpClient();
        mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        handWrittenRequest = HttpRequest.newBuilder(
                        endpoint.resolve("/v2/manage/shared-repositories?center=self&limit=20&offset=0"))
                .GET()
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("X-Auth-Token", TOKEN)
                .build();
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Benchmark
    public SharedRepositoriesPage client() {
        return client.swr().listSharedRepositories(request);
    }

    @Benchmark
    public List<SharedRepository> handWritten() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(handWrittenRequest, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        response.headers().firstValue("Content-Range");
        return mapper.readValue(response.body(), REPOSITORIES);
    }
}

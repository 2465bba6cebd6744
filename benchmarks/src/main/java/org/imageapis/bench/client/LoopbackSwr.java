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

/**
 * A loopback server answering a fixed SWR page instantly, and the two ways of calling it that the
 * benchmarks compare: the client, and the same request written by hand with java.net.http and
 * Jackson (same URL, headers and body, mapped onto the same generated model).
 *
 * <p>Run with {@code -Dsun.net.httpserver.nodelay=true}: without TCP_NODELAY the JDK server's
 * separate header and body writes meet delayed ACKs and every call takes ~40 ms, hiding the client.
 */
final class LoopbackSwr implements AutoCloseable {

    private static final String TOKEN = "benchmark-token";
    private static final TypeReference<List<SharedRepository>> REPOSITORIES = new TypeReference<>() {};

    private final HttpServer server;
    private final ExecutorService serverThreads = Executors.newFixedThreadPool(2);
    private final ImageApisClient client;
    private final ListSharedRepositoriesRequest request = ListSharedRepositoriesRequest.builder()
            .center(SharedRepositoryCenter.SELF)
            .limit(20)
            .offset(0)
            .build();
    // HTTP/1.1, as the client speaks on plain http: the JDK's default HTTP/2 would offer an h2c upgrade on
    // each request, and the comparison would then time that instead of the hand-written call.
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final HttpRequest handWrittenRequest;

    LoopbackSwr(int repositories) throws IOException {
        byte[] body = body(repositories);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
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
        client = ImageApisClient.builder()
                .cloud(Cloud.HUAWEI_CLOUD)
                .region("cn-north-4")
                .credentials(Credentials.token(TOKEN))
                .endpoint(Service.SWR, endpoint)
                .build();
        handWrittenRequest = HttpRequest.newBuilder(
                        endpoint.resolve("/v2/manage/shared-repositories?center=self&limit=20&offset=0"))
                .GET()
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("X-Auth-Token", TOKEN)
                .build();
    }

    /** A page of repositories shaped like the SWR doc example. */
    private static byte[] body(int repositories) {
        return IntStream.range(0, repositories)
                .mapToObj(i -> "{\"name\":\"repo-" + i + "\",\"category\":\"other\",\"description\":\"\","
                        + "\"size\":115645792,\"is_public\":false,\"num_images\":1,\"num_download\":0,"
                        + "\"created_at\":\"2021-06-02T09:23:01.751202Z\",\"updated_at\":\"2021-06-10T07:24:35.204517Z\","
                        + "\"logo\":\"\",\"url\":\"\",\"path\":\"swr.example.com/group/repo-" + i + "\","
                        + "\"internal_path\":\"swr.internal/group/repo-" + i + "\",\"domain_name\":\"domain\","
                        + "\"namespace\":\"group\",\"tags\":[\"v1\",\"v2\"],\"status\":true,\"total_range\":"
                        + repositories + "}")
                .collect(Collectors.joining(",", "[", "]"))
                .getBytes(StandardCharsets.UTF_8);
    }

    SharedRepositoriesPage viaClient() {
        return client.swr().listSharedRepositories(request);
    }

    List<SharedRepository> handWritten() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(handWrittenRequest, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        response.headers().firstValue("Content-Range");
        return mapper.readValue(response.body(), REPOSITORIES);
    }

    @Override
    public void close() {
        server.stop(0);
        serverThreads.shutdownNow();
    }
}

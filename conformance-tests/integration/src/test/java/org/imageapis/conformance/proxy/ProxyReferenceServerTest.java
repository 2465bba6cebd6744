package org.imageapis.conformance.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.swr.v2.SwrClient;
import com.huaweicloud.sdk.swr.v2.model.ListSharedReposDetailsRequest;
import com.huaweicloud.sdk.swr.v2.model.ListSharedReposDetailsResponse;
import com.huaweicloud.sdk.swr.v2.model.ShowReposResp;
import com.huaweicloud.sdk.workspaceapp.v1.WorkspaceAppClient;
import com.huaweicloud.sdk.workspaceapp.v1.model.ImageServer;
import com.huaweicloud.sdk.workspaceapp.v1.model.ListImageServersRequest;
import com.huaweicloud.sdk.workspaceapp.v1.model.ListImageServersResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.imageapis.client.Cloud;
import org.imageapis.client.Credentials;
import org.imageapis.client.ImageApisClient;
import org.imageapis.client.RetryPolicy;
import org.imageapis.client.Service;
import org.imageapis.client.hss.ListImageBasicImagesRequest;
import org.imageapis.client.hss.model.HssImageType;
import org.imageapis.client.modelarts.ListImageGroupsRequest;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.server.ReferenceServer;
import org.imageapis.server.data.SyntheticData;
import org.imageapis.signing.AkSkCredentials;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The proof against the reference server: our client and the provider's SDK (SWR and Workspace) send their calls
 * through the proxy, with a token and with AK/SK, and the proxy (strict, every API) sees no violation; many
 * clients at once all get the server's answers, byte for byte; and no credential reaches the log or the report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProxyReferenceServerTest {

    private static final String PROJECT_ID = "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e";
    private static final String TOKEN = "proxy-proof-token-5f0e";
    private static final String ACCESS_KEY = "PROXYPROOFAK00000001";
    private static final String SECRET_KEY = "proxy-proof-secret-key-9d2b";

    /** How a client authenticates. */
    enum Auth {
        TOKEN,
        AK_SK
    }

    private final Map<Specs.Api, ConformanceValidator> validators = new EnumMap<>(Specs.Api.class);
    private final List<String> log = new CopyOnWriteArrayList<>();
    private ReferenceServer server;
    private ValidatingProxy proxy;

    @BeforeAll
    void startServer() throws IOException {
        for (Specs.Api api : Specs.Api.values()) {
            validators.put(api, ConformanceValidator.forApi(api));
        }
        server = ReferenceServer.start(
                "127.0.0.1",
                0,
                SyntheticData.generate(300),
                new org.imageapis.server.auth.Credentials(List.of(TOKEN), Map.of(ACCESS_KEY, SECRET_KEY)),
                Clock.systemUTC());
    }

    @BeforeEach
    void startProxy() {
        ValidatingProxy.Builder builder = ValidatingProxy.builder()
                .strict(true)
                .upstream(server.baseUri())
                .accessKey(AkSkCredentials.of(ACCESS_KEY, SECRET_KEY))
                .log(log::add);
        validators.forEach(builder::api);
        proxy = builder.build().start();
        log.clear();
    }

    @AfterEach
    void stopProxy() {
        proxy.close();
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    private ImageApisClient client(Auth auth) {
        ImageApisClient.Builder builder = ImageApisClient.builder()
                .cloud(Cloud.HUAWEI_CLOUD)
                .region("cn-north-4")
                .projectId(PROJECT_ID)
                .retryPolicy(RetryPolicy.disabled())
                .credentials(
                        auth == Auth.TOKEN ? Credentials.token(TOKEN) : Credentials.accessKey(ACCESS_KEY, SECRET_KEY));
        for (Service service : Service.values()) {
            builder.endpoint(service, proxy.baseUri());
        }
        return builder.build();
    }

    /** Every exchange so far conformed, and each of these operations had {@code exchanges} of them. */
    private void assertConforming(Map<String, Integer> exchangesByOperation) {
        ProxyReport report = proxy.report();
        assertThat(report.operations()).allSatisfy(op -> {
            assertThat(op.violations()).as(op.name()).isEmpty();
            assertThat(op.notValidated()).as(op.name()).isEmpty();
            assertThat(op.proxyErrors()).as(op.name()).isEmpty();
            assertThat(op.statuses()).as(op.name()).containsOnlyKeys(200);
        });
        Map<String, Long> counted = new java.util.TreeMap<>();
        report.operations().forEach(op -> counted.put(op.operationId(), op.exchanges()));
        Map<String, Long> expected = new java.util.TreeMap<>();
        exchangesByOperation.forEach((op, n) -> expected.put(op, n.longValue()));
        assertThat(counted).isEqualTo(expected);
        assertThat(report.isValid()).isTrue();
        assertThat(log).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void ourClientOnEveryApiConforms(Auth auth) {
        ImageApisClient client = client(auth);

        assertThat(client.modelArts()
                        .listImageGroups(
                                ListImageGroupsRequest.builder().limit(20).build())
                        .getData())
                .hasSize(20);
        assertThat(client.workspace()
                        .listImageServers(org.imageapis.client.workspace.ListImageServersRequest.builder()
                                .limit(20)
                                .offset(40)
                                .build())
                        .getItems())
                .hasSize(20);
        assertThat(client.hss()
                        .listImageBasicImages(
                                ListImageBasicImagesRequest.builder(SyntheticData.HSS_IMAGE_ID, HssImageType.CICD)
                                        .limit(50)
                                        .build())
                        .getDataList())
                .hasSize(50);
        assertThat(client.swr()
                        .listSharedRepositories(ListSharedRepositoriesRequest.builder()
                                .limit(20)
                                .build())
                        .repositories())
                .hasSize(20);
        assertThat(
                        client
                                .swr()
                                .listAllSharedRepositories(ListSharedRepositoriesRequest.builder()
                                        .limit(100)
                                        .build())
                                .stream()
                                .count())
                .isEqualTo(300);

        // listSharedRepositories: one page, then the three pages of 100 that auto-paging fetches.
        assertConforming(Map.of(
                "listImageGroups", 1, "listImageServers", 1, "listImageBasicImages", 1, "listSharedRepositories", 4));
    }

    /**
     * The SDK signs every call with AK/SK and has no token credentials; a token goes in as an extra header, and
     * then the call passes the proxy unchanged (the server takes the token and ignores the signature).
     */
    @ParameterizedTest
    @EnumSource(Auth.class)
    void providerSdkConforms(Auth auth) {
        BasicCredentials credentials =
                new BasicCredentials().withAk(ACCESS_KEY).withSk(SECRET_KEY).withProjectId(PROJECT_ID);
        HttpConfig config =
                HttpConfig.getDefaultHttpConfig().withConnectionTimeout(30).withReadTimeout(30);
        SwrClient swr = SwrClient.newBuilder()
                .withCredential(credentials)
                .withHttpConfig(config)
                .withEndpoint(proxy.baseUri().toString())
                .build();
        WorkspaceAppClient workspace = WorkspaceAppClient.newBuilder()
                .withCredential(credentials)
                .withHttpConfig(config)
                .withEndpoint(proxy.baseUri().toString())
                .build();
        Map<String, String> extraHeaders = auth == Auth.TOKEN ? Map.of("X-Auth-Token", TOKEN) : Map.of();

        var repositoriesCall = swr.listSharedReposDetailsInvoker(new ListSharedReposDetailsRequest()
                .withCenter("self")
                .withLimit("10")
                .withOffset("20")
                .withOrderColumn("name")
                .withOrderType("asc"));
        var serversCall = workspace.listImageServersInvoker(
                new ListImageServersRequest().withLimit(10).withOffset(5));
        extraHeaders.forEach(repositoriesCall::addHeader);
        extraHeaders.forEach(serversCall::addHeader);
        ListSharedReposDetailsResponse repositories = repositoriesCall.invoke();
        ListImageServersResponse servers = serversCall.invoke();

        assertThat(repositories.getHttpStatusCode()).isEqualTo(200);
        assertThat(repositories.getBody())
                .extracting(ShowReposResp::getName)
                .hasSize(10)
                .isSorted();
        assertThat(repositories.getContentRange()).startsWith("20-");
        assertThat(servers.getItems())
                .extracting(ImageServer::getId)
                .hasSize(10)
                .doesNotContainNull();
        assertConforming(Map.of("listSharedRepositories", 1, "listImageServers", 1));
    }

    @Test
    void manyClientsAtOnceGetTheServersAnswersUnchanged() throws Exception {
        int clients = 64;
        int requestsEach = 10;
        List<String> targets = List.of(
                "/v2/manage/shared-repositories?center=self&limit=5&offset=%d",
                "/v1/" + PROJECT_ID + "/image-servers?limit=5&offset=%d",
                "/v1/" + PROJECT_ID + "/images/group?limit=5&offset=%d",
                "/v5/" + PROJECT_ID + "/image/synthetic/basic-image?image_type=cicd&limit=10&offset=%d");
        Map<String, String> direct = new java.util.concurrent.ConcurrentHashMap<>();
        HttpClient directClient = HttpClient.newHttpClient();
        for (int offset = 0; offset < clients; offset++) {
            for (String template : targets) {
                String target = String.format(template, offset);
                direct.put(target, body(directClient, server.baseUri(), target));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<String>>> outcomes = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            outcomes.add(pool.submit(() -> {
                HttpClient own = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                go.await();
                List<String> mismatches = new ArrayList<>();
                for (int i = 0; i < requestsEach; i++) {
                    String target = String.format(targets.get(i % targets.size()), offset);
                    if (!direct.get(target).equals(body(own, proxy.baseUri(), target))) {
                        mismatches.add(target);
                    }
                }
                return mismatches;
            }));
        }
        go.countDown();
        List<String> mismatches = new ArrayList<>();
        for (Future<List<String>> outcome : outcomes) {
            mismatches.addAll(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdownNow();

        assertThat(mismatches).isEmpty();
        assertThat(proxy.report().exchanges()).isEqualTo((long) clients * requestsEach);
        assertThat(proxy.report().isValid()).isTrue();
    }

    @Test
    void noCredentialReachesTheLogOrTheReport() throws Exception {
        client(Auth.TOKEN)
                .swr()
                .listSharedRepositories(
                        ListSharedRepositoriesRequest.builder().limit(1).build());
        client(Auth.AK_SK)
                .swr()
                .listSharedRepositories(
                        ListSharedRepositoriesRequest.builder().limit(1).build());
        ImageApisClient wrongSecret = ImageApisClient.builder()
                .cloud(Cloud.HUAWEI_CLOUD)
                .region("cn-north-4")
                .projectId(PROJECT_ID)
                .retryPolicy(RetryPolicy.disabled())
                .credentials(Credentials.accessKey(ACCESS_KEY, "not-" + SECRET_KEY))
                .endpoint(Service.SWR, proxy.baseUri())
                .build();
        try {
            wrongSecret
                    .swr()
                    .listSharedRepositories(
                            ListSharedRepositoriesRequest.builder().limit(1).build());
        } catch (RuntimeException expected) {
            // a 401 from the proxy: what it logs is checked below
        }
        HttpClient http = HttpClient.newHttpClient();
        // A drifting request, so that the log has a violation line with the token on the request.
        http.send(
                HttpRequest.newBuilder(URI.create(proxy.baseUri() + "/v2/manage/shared-repositories?limit=x"))
                        .header("X-Auth-Token", TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(log).hasSizeGreaterThanOrEqualTo(2);
        String everything = String.join("\n", log) + proxy.report().toJson() + proxy.report() + proxy;
        assertThat(everything).doesNotContain(TOKEN, SECRET_KEY, "Signature=", "Authorization");
    }

    private static String body(HttpClient http, URI base, String target) throws IOException, InterruptedException {
        String root = base.toString().replaceAll("/$", "");
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(root + target))
                        .header("X-Auth-Token", TOKEN)
                        .header("region", "cn-north-4")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}

package org.imageapis.bench.client;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.swr.v2.SwrClient;
import com.huaweicloud.sdk.swr.v2.model.ListSharedReposDetailsRequest;
import com.huaweicloud.sdk.swr.v2.model.ListSharedReposDetailsResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.imageapis.client.Cloud;
import org.imageapis.client.Credentials;
import org.imageapis.client.ImageApisClient;
import org.imageapis.client.Service;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.imageapis.client.swr.SharedRepositoriesPage;
import org.imageapis.client.swr.model.SharedRepositoryCenter;
import org.imageapis.server.ReferenceServer;
import org.imageapis.server.data.SyntheticData;

/**
 * Our client against the provider's own Java SDK ({@code huaweicloud-sdk-swr}) on the same AK/SK-signed call,
 * {@code GET /v2/manage/shared-repositories?center=self&limit=20&offset=0}, to the reference server on loopback
 * (in this JVM, verifying every signature), each side with its defaults. Paired rounds as in
 * {@link PairedOverhead}: {@code CALLS} sequential calls of each side per round, in alternating order.
 * Usage: {@code java -cp benchmarks.jar org.imageapis.bench.client.SdkComparison [rounds]}.
 */
public final class SdkComparison {

    private static final int CALLS = 200;
    private static final String PROJECT_ID = "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e";
    private static final String ACCESS_KEY = "BENCHMARKACCESSKEY01";
    private static final String SECRET_KEY = "benchmark-secret-key-0123456789";
    private static final int LIMIT = 20;

    private SdkComparison() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        try (ReferenceServer server = ReferenceServer.start(
                "127.0.0.1",
                0,
                SyntheticData.generate(100),
                new org.imageapis.server.auth.Credentials(List.of(), Map.of(ACCESS_KEY, SECRET_KEY)),
                Clock.systemUTC())) {
            ImageApisClient client = ImageApisClient.builder()
                    .cloud(Cloud.HUAWEI_CLOUD)
                    .region("cn-north-4")
                    .projectId(PROJECT_ID)
                    .credentials(Credentials.accessKey(ACCESS_KEY, SECRET_KEY))
                    .endpoint(Service.SWR, server.baseUri())
                    .build();
            ListSharedRepositoriesRequest ours = ListSharedRepositoriesRequest.builder()
                    .center(SharedRepositoryCenter.SELF)
                    .limit(LIMIT)
                    .offset(0)
                    .build();
            SwrClient sdk = SwrClient.newBuilder()
                    .withCredential(new BasicCredentials()
                            .withAk(ACCESS_KEY)
                            .withSk(SECRET_KEY)
                            .withProjectId(PROJECT_ID))
                    .withHttpConfig(HttpConfig.getDefaultHttpConfig())
                    // The SDK appends the path to the endpoint as given: without the slash of the base URI.
                    .withEndpoint(server.baseUri().toString().replaceAll("/$", ""))
                    .build();
            ListSharedReposDetailsRequest theirs = new ListSharedReposDetailsRequest()
                    .withCenter("self")
                    .withLimit(String.valueOf(LIMIT))
                    .withOffset("0");

            PairedRounds.Call ourCall = () -> {
                SharedRepositoriesPage page = client.swr().listSharedRepositories(ours);
                return check(page.repositories());
            };
            PairedRounds.Call sdkCall = () -> {
                ListSharedReposDetailsResponse response = sdk.listSharedReposDetails(theirs);
                return check(response.getBody());
            };
            PairedRounds.Result result = PairedRounds.run(ourCall, sdkCall, CALLS, rounds);
            System.out.printf("SWR list, %d repositories, AK/SK, rounds=%d calls/round=%d%n", LIMIT, rounds, CALLS);
            System.out.printf("ours median %.1f us/call%n", result.firstMedian());
            System.out.printf("SDK  median %.1f us/call%n", result.secondMedian());
            System.out.printf(
                    "ratio ours/SDK: median %.3f (min %.3f, max %.3f)%n",
                    result.ratioMedian(), result.ratioMin(), result.ratioMax());
        }
    }

    private static List<?> check(List<?> repositories) {
        if (repositories.size() != LIMIT) {
            throw new IllegalStateException(repositories.size() + " repositories instead of " + LIMIT);
        }
        return repositories;
    }
}

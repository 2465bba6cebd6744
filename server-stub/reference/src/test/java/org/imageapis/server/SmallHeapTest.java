package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A million records per API on the fast-start heap of docs/reference-server.md (128 MB): every sort and filter
 * answers 200. The server's caches once took more than that heap could give and a sort then failed with an
 * OutOfMemoryError.
 */
class SmallHeapTest {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+?)/?(\\s|$)");
    private static final String PROJECT = "/v1/0123456789abcdef";
    private static final String HSS = "/v5/0123456789abcdef/image/synthetic/basic-image";

    @Test
    void aMillionRecordsPerApiAreSortedAndFilteredWithin128Megabytes() throws Exception {
        Process server = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx128m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "--port",
                        "0",
                        "--generate",
                        "1000000")
                .redirectErrorStream(true)
                .start();
        try {
            URI base = baseUri(server);
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            // The views of the first queries fill the caches before the last sort.
            for (String target : List.of(
                    PROJECT + "/images/group",
                    PROJECT + "/images/group?sort_key=name",
                    PROJECT + "/images/group?namespace=synthetic-ns-3",
                    PROJECT + "/images/group?offset=999800",
                    PROJECT + "/image-servers",
                    PROJECT + "/image-servers?server_name=synthetic_instance_0001",
                    PROJECT + "/image-servers?offset=999990",
                    HSS + "?image_type=cicd&offset=0&limit=200",
                    HSS + "?image_type=cicd&offset=0&limit=200&os_name=Debian",
                    "/v2/manage/shared-repositories",
                    "/v2/manage/shared-repositories?order_column=name",
                    "/v2/manage/shared-repositories?namespace=synthetic",
                    "/v2/manage/shared-repositories?offset=999900",
                    "/v2/manage/shared-repositories?order_column=name&order_type=asc",
                    PROJECT + "/images/group?sort_key=name&sort_dir=ASC")) {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(base.resolve(target))
                                .header("X-Auth-Token", "t")
                                .header("region", "cn-north-4")
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode())
                        .as(target + ": " + response.body())
                        .isEqualTo(200);
            }
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** Reads the server's output until it names its address. */
    private static URI baseUri(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(ignored -> {}));
                drain.setDaemon(true);
                drain.start();
                return URI.create(listening.group(1));
            }
        }
        throw new AssertionError("the server ended without listening, exit status " + server.waitFor());
    }
}

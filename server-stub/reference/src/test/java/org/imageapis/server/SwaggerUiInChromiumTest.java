package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Loads {@code /docs} in headless Chromium and checks that each API's operation renders. Outside CI
 * the test is skipped when Chromium is not installed; under {@code CI=true} it must run.
 */
class SwaggerUiInChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static ServerFixture server;

    @BeforeAll
    static void start() {
        boolean ci = "true".equals(System.getenv("CI"));
        if (!ci) {
            assumeThat(Files.isExecutable(CHROMIUM))
                    .as(
                            "%s is not installed (apt-get install -y chromium); CI=true makes this test mandatory",
                            CHROMIUM)
                    .isTrue();
        }
        server = ServerFixture.builtIn();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "ModelArts image groups, listImageGroups, List image groups, /v1/{project_id}/images/group",
        "Workspace Application Streaming image servers, listImageServers, List image servers, /v1/{project_id}/image-servers",
        "HSS container image basic-image information, listImageBasicImages, List basic image information, /v5/{project_id}/image/{image_id}/basic-image",
        "SWR shared repositories, listSharedRepositories, List shared repositories, /v2/manage/shared-repositories"
    })
    void eachApiRendersItsOperation(String name, String operationId, String summary, String path) throws Exception {
        String dom = renderedDom("/docs/?urls.primaryName="
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));

        // Swagger UI renders the path as text with <wbr> breaks, and raw in data-path.
        for (String expected : List.of(
                "opblock-summary-operation-id\">" + operationId,
                "opblock-summary-description\">" + summary,
                "data-path=\"" + path + "\"")) {
            assertThat(dom.contains(expected))
                    .as("the rendered %s page contains %s", name, expected)
                    .isTrue();
        }
    }

    /** The server list offers this server first, so it is the one selected, and still lists the cloud endpoints. */
    @ParameterizedTest
    @CsvSource({
        "ModelArts image groups, https://modelarts.{region}.myhuaweicloud.com",
        "SWR shared repositories, https://swr-api.{region}.otc.t-systems.com"
    })
    void thisServerIsTheFirstServerAndTheCloudEndpointsFollow(String name, String cloud) throws Exception {
        String dom = renderedDom("/docs/?urls.primaryName="
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        String thisServer = server.uri("/").toString().replaceAll("/$", "");

        Matcher select =
                Pattern.compile("<select id=\"servers\">(.*?)</select>").matcher(dom);
        assertThat(select.find())
                .as("the rendered %s page has a server list", name)
                .isTrue();
        List<String> servers = Pattern.compile("<option value=\"([^\"]*)\"")
                .matcher(select.group(1))
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(servers).as("the server list of %s", name).isNotEmpty();
        assertThat(servers.get(0)).isEqualTo(thisServer);
        assertThat(servers).contains(cloud);
    }

    private static String renderedDom(String pathAndQuery) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        try {
            Process chromium = new ProcessBuilder(
                            CHROMIUM.toString(),
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--user-data-dir=" + profile,
                            "--dump-dom",
                            "--virtual-time-budget=10000",
                            server.uri(pathAndQuery).toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] dom = chromium.getInputStream().readAllBytes();
            assertThat(chromium.waitFor(60, TimeUnit.SECONDS))
                    .as("chromium finished")
                    .isTrue();
            return new String(dom, StandardCharsets.UTF_8);
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}

package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Loads {@code /docs} in headless Chromium and checks that each API's operation renders. Outside CI
 * the test is skipped when Chromium is not installed; under {@code CI=true} it must run.
 */
class SwaggerUiInChromiumTest {

    private static ServerFixture server;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
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
        "modelarts, ModelArts image groups, listImageGroups, List image groups, /v1/{project_id}/images/group",
        "workspace, Workspace Application Streaming image servers, listImageServers, List image servers, /v1/{project_id}/image-servers",
        "hss, HSS container image basic-image information, listImageBasicImages, List basic image information, /v5/{project_id}/image/{image_id}/basic-image",
        "swr, SWR shared repositories, listSharedRepositories, List shared repositories, /v2/manage/shared-repositories"
    })
    void eachApiRendersItsOperationAndLinksItsReferencePage(
            String id, String name, String operationId, String summary, String path) throws Exception {
        String dom = renderedDom("/docs/?urls.primaryName="
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));

        // Swagger UI renders the path as text with <wbr> breaks, and raw in data-path.
        for (String expected : List.of(
                "opblock-summary-operation-id\">" + operationId,
                "opblock-summary-description\">" + summary,
                "data-path=\"" + path + "\"",
                "<a href=\"../reference/" + id + ".html\">")) {
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
        return HeadlessChromium.open(server.uri(pathAndQuery), 600).dom();
    }
}

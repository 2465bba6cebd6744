package org.imageapis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalog encodes the provider facts and agrees with the specs' {@code servers}. */
class EndpointCatalogTest {

    private final EndpointCatalog catalog = EndpointCatalog.defaultCatalog();

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "HUAWEI_CLOUD, cn-north-4, MODELARTS, https://modelarts.cn-north-4.myhuaweicloud.com",
        "HUAWEI_CLOUD, ap-southeast-1, WORKSPACE, https://workspace.ap-southeast-1.myhuaweicloud.com",
        "HUAWEI_CLOUD, cn-north-4, WORKSPACE, https://appstream.cn-north-4.myhuaweicloud.com",
        "HUAWEI_CLOUD, cn-north-9, WORKSPACE, https://appstream.cn-north-9.myhuaweicloud.com",
        "HUAWEI_CLOUD, cn-east-3, WORKSPACE, https://appstream.cn-east-3.myhuaweicloud.com",
        "HUAWEI_CLOUD, cn-south-1, WORKSPACE, https://appstream.cn-south-1.myhuaweicloud.com",
        "HUAWEI_CLOUD, cn-southwest-2, WORKSPACE, https://appstream.cn-southwest-2.myhuaweicloud.com",
        "HUAWEI_CLOUD, cn-north-4, HSS, https://hss.cn-north-4.myhuaweicloud.com",
        "HUAWEI_CLOUD, eu-west-101, HSS, https://hss.eu-west-101.myhuaweicloud.eu",
        "HUAWEI_CLOUD, eu-west-101, MODELARTS, https://modelarts.eu-west-101.myhuaweicloud.com",
        "HUAWEI_CLOUD, la-south-2, SWR, https://swr-api.la-south-2.myhuaweicloud.com",
        "HUAWEI_CLOUD, eu-west-101, SWR, https://swr-api.eu-west-101.myhuaweicloud.eu",
        "OPEN_TELEKOM_CLOUD, eu-de, MODELARTS, https://modelarts.eu-de.otc.t-systems.com",
        "OPEN_TELEKOM_CLOUD, eu-de, WORKSPACE, https://workspace.eu-de.otc.t-systems.com",
        "OPEN_TELEKOM_CLOUD, eu-nl, HSS, https://hss.eu-nl.otc.t-systems.com",
        "OPEN_TELEKOM_CLOUD, eu-de, SWR, https://swr-api.eu-de.otc.t-systems.com",
        "OPEN_TELEKOM_CLOUD, eu-ch2, SWR, https://swr-api.eu-ch2.sc.otc.t-systems.com",
    })
    void providerFacts(Cloud cloud, String region, Service service, String expected) {
        assertThat(catalog.endpoint(cloud, region, service)).isEqualTo(URI.create(expected));
    }

    @Test
    void anUnknownRegionIsAnErrorNamingTheKnownOnes() {
        assertThatThrownBy(() -> catalog.endpoint(Cloud.OPEN_TELEKOM_CLOUD, "cn-north-4", Service.SWR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown Open Telekom Cloud region 'cn-north-4'; known regions: eu-de, eu-nl, eu-ch2. "
                        + "For another region or a private deployment, set the endpoint of each service used.");
    }

    /**
     * Every server of every bundle, for the regions it names (its enum, or else its default),
     * resolves in the catalog to that server's URL.
     */
    @ParameterizedTest
    @EnumSource(Specs.Api.class)
    void agreesWithTheServersOfTheSpec(Specs.Api api) throws IOException {
        JsonNode servers = new ObjectMapper(new YAMLFactory())
                .readTree(Specs.bundle(api).openStream())
                .get("servers");
        Service service = Service.valueOf(api.name());
        assertThat(servers).isNotEmpty();

        for (JsonNode server : servers) {
            String url = server.get("url").asText();
            Cloud cloud = url.contains("otc.t-systems.com") ? Cloud.OPEN_TELEKOM_CLOUD : Cloud.HUAWEI_CLOUD;
            JsonNode region = server.at("/variables/region");
            List<String> regions = new ArrayList<>();
            if (region.has("enum")) {
                region.get("enum").forEach(value -> regions.add(value.asText()));
            } else {
                regions.add(region.get("default").asText());
            }
            for (String id : regions) {
                assertThat(catalog.endpoint(cloud, id, service))
                        .as("%s %s %s", api, cloud, id)
                        .isEqualTo(URI.create(url.replace("{region}", id)));
            }
        }
    }

    @Test
    void theClientResolvesItsEndpointsFromTheCatalog() {
        ImageApisClient client = ImageApisClient.builder()
                .cloud(Cloud.HUAWEI_CLOUD)
                .region("cn-east-3")
                .credentials(Credentials.token("t"))
                .build();

        assertThat(client.endpoint(Service.WORKSPACE))
                .isEqualTo(URI.create("https://appstream.cn-east-3.myhuaweicloud.com"));
        assertThat(client.endpoint(Service.SWR)).isEqualTo(URI.create("https://swr-api.cn-east-3.myhuaweicloud.com"));
    }

    @Test
    void anUnknownRegionWithoutEndpointsFailsTheBuild() {
        ImageApisClient.Builder builder = ImageApisClient.builder()
                .cloud(Cloud.HUAWEI_CLOUD)
                .region("xx-nowhere-1")
                .credentials(Credentials.token("t"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown Huawei Cloud region 'xx-nowhere-1'; known regions: ")
                .hasMessageContaining("cn-north-4");
    }

    @Test
    void anUnknownRegionWorksForTheServicesGivenAnEndpoint() {
        URI privateSwr = URI.create("https://swr.private.example:8443/");
        ImageApisClient client = ImageApisClient.builder()
                .cloud(Cloud.OPEN_TELEKOM_CLOUD)
                .region("eu-private-1")
                .projectId("p")
                .credentials(Credentials.token("t"))
                .endpoint(Service.SWR, privateSwr)
                .build();

        assertThat(client.endpoint(Service.SWR)).isEqualTo(privateSwr);
        assertThatThrownBy(client::modelArts)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("ModelArts has no endpoint: unknown Open Telekom Cloud region 'eu-private-1'");
    }

    @Test
    void anEndpointOverridesTheCatalogInAKnownRegion() {
        URI proxy = URI.create("http://localhost:8080/modelarts");
        ImageApisClient client = ImageApisClient.builder()
                .cloud(Cloud.HUAWEI_CLOUD)
                .region("cn-north-4")
                .credentials(Credentials.token("t"))
                .endpoint(Service.MODELARTS, proxy)
                .build();

        assertThat(client.endpoint(Service.MODELARTS)).isEqualTo(proxy);
        assertThat(client.endpoint(Service.HSS)).isEqualTo(URI.create("https://hss.cn-north-4.myhuaweicloud.com"));
    }

    @Test
    void aDefaultPortIsLeftOutOfAnEndpointSoThatTheSignedHostIsTheHostSent() {
        ImageApisClient client = ImageApisClient.builder()
                .cloud(Cloud.HUAWEI_CLOUD)
                .region("cn-north-4")
                .credentials(Credentials.accessKey("ak", "sk"))
                .endpoint(Service.SWR, URI.create("https://swr.example.com:443/swr"))
                .endpoint(Service.HSS, URI.create("http://[::1]:80"))
                .endpoint(Service.MODELARTS, URI.create("http://localhost:8443/modelarts"))
                .build();

        assertThat(client.endpoint(Service.SWR)).isEqualTo(URI.create("https://swr.example.com/swr"));
        assertThat(client.endpoint(Service.HSS)).isEqualTo(URI.create("http://[::1]"));
        assertThat(client.endpoint(Service.MODELARTS)).isEqualTo(URI.create("http://localhost:8443/modelarts"));
    }

    @Test
    void builderRefusesIncompleteOrInvalidSettings() {
        assertThatThrownBy(() -> ImageApisClient.builder()
                        .cloud(Cloud.HUAWEI_CLOUD)
                        .region("cn-north-4")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cloud, region and credentials are required");
        assertThatThrownBy(() -> ImageApisClient.builder().endpoint(Service.SWR, URI.create("swr.example.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute http(s) URI");
        assertThatThrownBy(() -> ImageApisClient.builder().endpoint(Service.SWR, URI.create("https://h/?a=b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("query");
        for (String withUserInfo : new String[] {"https://u:secret@h/", "https://u:secret@"}) {
            assertThatThrownBy(() -> ImageApisClient.builder().endpoint(Service.SWR, URI.create(withUserInfo)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("user info")
                    .message()
                    .doesNotContain("secret");
        }
        assertThatThrownBy(() -> Credentials.token(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void projectScopedServicesNeedAProjectId() {
        ImageApisClient client = ImageApisClient.builder()
                .cloud(Cloud.HUAWEI_CLOUD)
                .region("cn-north-4")
                .credentials(Credentials.token("t"))
                .build();

        assertThat(client.swr()).isNotNull();
        assertThatThrownBy(client::hss)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Host Security Service calls need a project id: set projectId(...) on the client builder");
    }
}

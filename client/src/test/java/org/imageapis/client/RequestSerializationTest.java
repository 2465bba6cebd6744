package org.imageapis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.imageapis.client.StubServer.Reply;
import org.imageapis.client.hss.ListImageBasicImagesRequest;
import org.imageapis.client.hss.model.HssImageType;
import org.imageapis.client.modelarts.ListImageGroupsRequest;
import org.imageapis.client.modelarts.model.ImageGroupType;
import org.imageapis.client.modelarts.model.ImageServiceType;
import org.imageapis.client.modelarts.model.SortDirection;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.imageapis.client.swr.model.SharedRepositoryCenter;
import org.imageapis.client.swr.model.SharedRepositoryOrderColumn;
import org.imageapis.client.swr.model.SortOrder;
import org.imageapis.client.workspace.ListImageServersRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What each call puts on the wire: path, query (raw, as encoded) and headers. */
class RequestSerializationTest {

    private final StubServer server = new StubServer();
    private final ImageApisClient client = new TestClients().client(server.uri());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void modelArtsSendsEveryParameterWithBooleansEnumsAndEncodedValues() {
        server.reply(Reply.json(200, "{\"total\":0,\"data\":[]}"));

        client.modelArts()
                .listImageGroups(ListImageGroupsRequest.builder()
                        .limit(50)
                        .offset(100)
                        .name("my-image.v1")
                        .nameFuzzyMatch(false)
                        .namespace("team a+v1/é")
                        .serviceType(ImageServiceType.INFERENCE)
                        .sortDir(SortDirection.ASC)
                        .sortKey("name,update_at")
                        .type(ImageGroupType.DEDICATED)
                        .workspaceId("0")
                        .swrInstanceId("inst-1")
                        .build());

        StubServer.Received request = server.last();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.uri().getRawPath()).isEqualTo("/v1/" + TestClients.PROJECT_ID + "/images/group");
        assertThat(request.uri().getRawQuery())
                .isEqualTo("limit=50&offset=100&name=my-image.v1"
                        + "&name_fuzzy_match=false&namespace=team%20a%2Bv1%2F%C3%A9&service_type=INFERENCE&sort_dir=ASC"
                        + "&sort_key=name%2Cupdate_at&type=DEDICATED&workspace_id=0&swr_instance_id=inst-1");
        assertThat(request.header("X-Auth-Token")).isEqualTo(TestClients.TOKEN);
        assertThat(request.header("Accept")).isEqualTo("application/json");
    }

    @Test
    void unsetParametersAreNotSent() {
        server.reply(Reply.json(200, "{}"));

        client.modelArts().listImageGroups(ListImageGroupsRequest.builder().build());

        assertThat(server.last().uri().getRawQuery()).isNull();
    }

    @Test
    void workspaceSendsPagingAndFilters() {
        server.reply(Reply.json(200, "{\"count\":0,\"items\":[]}"));

        client.workspace()
                .listImageServers(ListImageServersRequest.builder()
                        .offset(0)
                        .limit(100)
                        .serverName("build server 日本")
                        .serverId("id/1")
                        .enterpriseProjectId("0")
                        .build());

        StubServer.Received request = server.last();
        assertThat(request.uri().getRawPath()).isEqualTo("/v1/" + TestClients.PROJECT_ID + "/image-servers");
        assertThat(request.uri().getRawQuery())
                .isEqualTo("offset=0&limit=100"
                        + "&server_name=build%20server%20%E6%97%A5%E6%9C%AC&server_id=id%2F1&enterprise_project_id=0");
    }

    @Test
    void hssSendsImageInPathAndFillsTheRegionHeaderFromTheClient() {
        server.reply(Reply.json(200, "{\"total_num\":0,\"data_list\":[]}"));

        client.hss()
                .listImageBasicImages(ListImageBasicImagesRequest.builder("sha256:abc/def", HssImageType.SHARED_IMAGE)
                        .namespace("ns")
                        .imageName("nginx")
                        .imageVersion("1.25 +x")
                        .osName("Ubuntu")
                        .limit(10)
                        .offset(20)
                        .enterpriseProjectId("all_granted_eps")
                        .build());

        StubServer.Received request = server.last();
        assertThat(request.uri().getRawPath())
                .isEqualTo("/v5/" + TestClients.PROJECT_ID + "/image/sha256%3Aabc%2Fdef/basic-image");
        assertThat(request.uri().getRawQuery())
                .isEqualTo(
                        "enterprise_project_id=all_granted_eps&limit=10&offset=20"
                                + "&image_type=shared_image&namespace=ns&image_name=nginx&image_version=1.25%20%2Bx&os_name=Ubuntu");
        assertThat(request.header("region")).isEqualTo("cn-north-4");
    }

    @Test
    void hssRegionHeaderGivenOnTheRequestWins() {
        server.reply(Reply.json(200, "{}"));

        client.hss()
                .listImageBasicImages(ListImageBasicImagesRequest.builder("img", HssImageType.CICD)
                        .region("ap-southeast-1")
                        .build());

        assertThat(server.last().header("region")).isEqualTo("ap-southeast-1");
    }

    @Test
    void swrSendsLimitAndOffsetAsDecimalStringsAndContentType() {
        server.reply(Reply.json(200, "[]"));

        client.swr()
                .listSharedRepositories(ListSharedRepositoriesRequest.builder()
                        .namespace("group")
                        .name("busybox")
                        .center(SharedRepositoryCenter.THIRDPARTY)
                        .limit(10)
                        .offset(30)
                        .orderColumn(SharedRepositoryOrderColumn.UPDATED_AT)
                        .orderType(SortOrder.DESC)
                        .filter("center::self|name::busybox")
                        .domainName("dom ä")
                        .status("true")
                        .build());

        StubServer.Received request = server.last();
        assertThat(request.uri().getRawPath()).isEqualTo("/v2/manage/shared-repositories");
        assertThat(request.uri().getRawQuery())
                .isEqualTo("namespace=group&name=busybox&center=thirdparty"
                        + "&limit=10&offset=30&order_column=updated_at&order_type=desc"
                        + "&filter=center%3A%3Aself%7Cname%3A%3Abusybox&domain_name=dom%20%C3%A4&status=true");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void endpointPathPrefixIsKept() {
        server.reply(Reply.json(200, "[]"));
        ImageApisClient proxied = new TestClients()
                .builder(server.uri())
                .endpoint(Service.SWR, server.uri().resolve("/proxy/swr/"))
                .build();

        proxied.swr()
                .listSharedRepositories(ListSharedRepositoriesRequest.builder().build());

        assertThat(server.last().uri().getRawPath()).isEqualTo("/proxy/swr/v2/manage/shared-repositories");
    }

    @Test
    void theUnknownEnumCatchAllCannotBeSent() {
        assertThatThrownBy(() -> ListImageGroupsRequest.builder()
                        .type(ImageGroupType.UNKNOWN_DEFAULT_OPEN_API)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("type");
    }

    @Test
    void valuesOutsideTheDocumentedRangesAreRefusedBeforeSending() {
        assertThatThrownBy(() -> ListImageServersRequest.builder().limit(101).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be between 1 and 100, was 101");
        assertThatThrownBy(() -> ListImageBasicImagesRequest.builder("i", HssImageType.CICD)
                        .limit(5)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be between 10 and 200, was 5");
        assertThatThrownBy(
                        () -> ListSharedRepositoriesRequest.builder().offset(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset must match ^[0-9]+$, was \"-1\"");
        assertThatThrownBy(() ->
                        ListSharedRepositoriesRequest.builder().limit(1001).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> ListImageBasicImagesRequest.builder("", HssImageType.CICD)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("imageId is required");
        assertThatThrownBy(() -> ListImageBasicImagesRequest.builder("i", null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("imageType is required");
    }

    @Test
    void patternsAndLengthsFromTheSpecsAreRefusedBeforeSending() {
        assertThatThrownBy(() ->
                        ListImageGroupsRequest.builder().name("Upper Case").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("name must match ");
        assertThatThrownBy(() -> ListSharedRepositoriesRequest.builder()
                        .namespace("a".repeat(65))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("namespace must be 1 to 64 characters long, was 65");
        assertThatThrownBy(() -> ListSharedRepositoriesRequest.builder()
                        .filter("colour::red")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("filter must match ");
    }

    @Test
    void requestsAreImmutableValuesThatRoundTripThroughTheirBuilders() {
        ListSharedRepositoriesRequest request = ListSharedRepositoriesRequest.builder()
                .center(SharedRepositoryCenter.SELF)
                .limit(5)
                .build();

        ListSharedRepositoriesRequest next = request.toBuilder().offset(5).build();

        assertThat(request.offset()).isNull();
        assertThat(next)
                .isEqualTo(ListSharedRepositoriesRequest.builder()
                        .center(SharedRepositoryCenter.SELF)
                        .limit(5)
                        .offset(5)
                        .build());
    }
}

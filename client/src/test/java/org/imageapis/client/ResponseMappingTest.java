package org.imageapis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.imageapis.client.StubServer.Reply;
import org.imageapis.client.errors.InvalidResponseException;
import org.imageapis.client.hss.ListImageBasicImagesRequest;
import org.imageapis.client.hss.model.HssImageType;
import org.imageapis.client.hss.model.ImageBasicImagePage;
import org.imageapis.client.modelarts.ListImageGroupsRequest;
import org.imageapis.client.modelarts.model.ImageGroup;
import org.imageapis.client.modelarts.model.ImageGroupPage;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.imageapis.client.swr.SharedRepositoriesPage;
import org.imageapis.client.swr.model.RepositoryCategory;
import org.imageapis.client.swr.model.SharedRepository;
import org.imageapis.client.workspace.ListImageServersRequest;
import org.imageapis.client.workspace.model.AccountType;
import org.imageapis.client.workspace.model.ImageServer;
import org.imageapis.client.workspace.model.ImageServerPage;
import org.imageapis.client.workspace.model.ImageServerStatus;
import org.imageapis.client.workspace.model.ImageSourceType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The documented example responses (from the specs jar) map onto the generated models. */
class ResponseMappingTest {

    private final StubServer server = new StubServer();
    private final ImageApisClient client = new TestClients().client(server.uri());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void modelArtsExample() {
        server.reply(Reply.json(200, example("modelarts/examples/list-image-groups-200.page-000.json")));

        ImageGroupPage page = client.modelArts()
                .listImageGroups(ListImageGroupsRequest.builder().build());

        assertThat(page.getTotal()).isEqualTo(3L);
        assertThat(page.getData())
                .extracting(ImageGroup::getName)
                .containsExactly("123", "pytorch_1_8", "mock-service-python");
        assertThat(page.getData().get(1).getCreateAt()).isEqualTo(1671708630448L);
    }

    @Test
    void workspaceExampleWithDateTimesAndEnums() {
        server.reply(Reply.json(200, example("workspace/examples/list-image-servers-200.json")));

        ImageServerPage page = client.workspace()
                .listImageServers(ListImageServersRequest.builder().build());

        assertThat(page.getCount()).isEqualTo(2);
        ImageServer first = page.getItems().get(0);
        assertThat(first.getStatus()).isEqualTo(ImageServerStatus.CREATING);
        assertThat(first.getImageRef().getImageType()).isEqualTo(ImageSourceType.GOLD);
        assertThat(first.getImageRef().getSpceCode()).isEqualTo("90a6e84bb3e822fe54999b6be5bbae1e");
        assertThat(first.getAuthorizeAccounts().get(0).getAccountType()).isEqualTo(AccountType.USER);
        assertThat(first.getCreateTime())
                .isEqualTo(OffsetDateTime.of(2024, 5, 7, 7, 54, 21, 9_000_000, ZoneOffset.UTC));
    }

    @Test
    void hssExample() {
        server.reply(Reply.json(200, example("hss/examples/list-image-basic-images-200.json")));

        ImageBasicImagePage page = client.hss()
                .listImageBasicImages(ListImageBasicImagesRequest.builder("img", HssImageType.CICD)
                        .build());

        assertThat(page.getTotalNum()).isEqualTo(1);
        assertThat(page.getDataList().get(0).getOsName()).isEqualTo("Debian");
        assertThat(page.getDataList().get(0).getLayerDigest()).startsWith("sha256:27833a3b");
    }

    @Test
    void swrExampleWithContentRange() {
        server.reply(Reply.json(200, example("swr/examples/list-shared-repositories-200.json"))
                .withHeader("Content-Range", "0-1/1"));

        SharedRepositoriesPage page = client.swr()
                .listSharedRepositories(ListSharedRepositoriesRequest.builder().build());

        assertThat(page.contentRange()).contains("0-1/1");
        assertThat(page.total()).hasValue(1);
        SharedRepository repository = page.repositories().get(0);
        assertThat(repository.getName()).isEqualTo("busybox");
        assertThat(repository.getCategory()).isEqualTo(RepositoryCategory.OTHER);
        assertThat(repository.getTags()).containsExactly("v1", "v2");
        assertThat(repository.getSize()).isEqualTo(115645792L);
    }

    @Test
    void swrTotalFallsBackToTotalRangeWithoutContentRange() {
        server.reply(Reply.json(200, "[{\"name\":\"a\",\"total_range\":42}]"));

        SharedRepositoriesPage page = client.swr()
                .listSharedRepositories(ListSharedRepositoriesRequest.builder().build());

        assertThat(page.contentRange()).isEmpty();
        assertThat(page.total()).hasValue(42);
    }

    @Test
    void unknownFieldsAreIgnoredAndUnknownEnumValuesTolerated() {
        server.reply(Reply.json(
                200,
                "{\"count\":1,\"new_field\":{\"x\":1},"
                        + "\"items\":[{\"id\":\"1\",\"status\":\"HIBERNATING\",\"another\":[1,2]}]}"));

        ImageServerPage page = client.workspace()
                .listImageServers(ListImageServersRequest.builder().build());

        assertThat(page.getItems().get(0).getId()).isEqualTo("1");
        assertThat(page.getItems().get(0).getStatus()).isEqualTo(ImageServerStatus.UNKNOWN_DEFAULT_OPEN_API);
    }

    @Test
    void aBodyThatDoesNotMatchTheModelIsAnInvalidResponse() {
        server.reply(Reply.json(200, "{\"total\":\"many\"}").withHeader("X-Request-Id", "req-7"));

        assertThatThrownBy(() -> client.modelArts()
                        .listImageGroups(ListImageGroupsRequest.builder().build()))
                .isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("HTTP 200")
                .hasMessageContaining("req-7");
    }

    private static String example(String path) {
        try (InputStream in = ResponseMappingTest.class.getClassLoader().getResourceAsStream("openapi-src/" + path)) {
            if (in == null) {
                throw new IllegalStateException("example " + path + " is not in the specs jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.imageapis.conformance.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imageapis.client.hss.ListImageBasicImagesRequest;
import org.imageapis.client.hss.model.HssImageType;
import org.imageapis.client.hss.model.ImageBasicImageInfo;
import org.imageapis.client.modelarts.ListImageGroupsRequest;
import org.imageapis.client.modelarts.model.ImageGroup;
import org.imageapis.client.modelarts.model.ImageGroupType;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.imageapis.client.swr.model.SharedRepository;
import org.imageapis.client.swr.model.SharedRepositoryCenter;
import org.imageapis.client.workspace.ListImageServersRequest;
import org.imageapis.client.workspace.model.ImageServer;
import org.imageapis.server.data.SyntheticData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Auto-paging through the client over {@value #RECORDS} records per API: every record exactly once, in the
 * dataset's order, over many pages (every page is validated like any other response).
 */
class AutoPagingContractTest extends ContractTestBase {

    @ParameterizedTest
    @EnumSource(Auth.class)
    void modelArtsPagesThroughEveryGroup(Auth auth) {
        List<String> names =
                client(auth)
                        .modelArts()
                        .listAllImageGroups(
                                ListImageGroupsRequest.builder().limit(50).build())
                        .stream()
                        .map(ImageGroup::getName)
                        .toList();
        List<String> dedicated = client(auth)
                .modelArts()
                .listAllImageGroups(ListImageGroupsRequest.builder()
                        .type(ImageGroupType.DEDICATED)
                        .build())
                .stream()
                .map(ImageGroup::getName)
                .toList();

        assertThat(names)
                .hasSize(RECORDS)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(dataset.modelarts().stream()
                        .map(r -> r.group().getName())
                        .toList());
        assertThat(dedicated)
                .containsExactlyElementsOf(dataset.modelarts().stream()
                        .filter(r -> r.type().toString().equals("DEDICATED"))
                        .map(r -> r.group().getName())
                        .toList());
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void workspacePagesThroughEveryServer(Auth auth) {
        List<String> ids =
                client(auth)
                        .workspace()
                        .listAllImageServers(ListImageServersRequest.builder().build())
                        .stream()
                        .map(ImageServer::getId)
                        .toList();

        assertThat(ids)
                .hasSize(RECORDS)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(dataset.workspace().stream()
                        .map(org.imageapis.server.workspace.model.ImageServer::getId)
                        .toList());
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void hssPagesThroughEveryBaseImage(Auth auth) {
        List<String> digests = client(auth)
                .hss()
                .listAllImageBasicImages(
                        ListImageBasicImagesRequest.builder(SyntheticData.HSS_IMAGE_ID, HssImageType.CICD)
                                .limit(10)
                                .build())
                .stream()
                .map(ImageBasicImageInfo::getLayerDigest)
                .toList();

        assertThat(digests)
                .hasSize(RECORDS)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(dataset.hss().get(0).basicImages().stream()
                        .map(org.imageapis.server.hss.model.ImageBasicImageInfo::getLayerDigest)
                        .toList());
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void swrPagesThroughEveryRepository(Auth auth) {
        List<String> names =
                client(auth)
                        .swr()
                        .listAllSharedRepositories(
                                ListSharedRepositoriesRequest.builder().build())
                        .stream()
                        .map(SharedRepository::getName)
                        .toList();
        List<String> thirdParty = client(auth)
                .swr()
                .listAllSharedRepositories(ListSharedRepositoriesRequest.builder()
                        .center(SharedRepositoryCenter.THIRDPARTY)
                        .limit(33)
                        .build())
                .stream()
                .map(SharedRepository::getName)
                .toList();

        assertThat(names)
                .hasSize(RECORDS)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(dataset.swr().stream()
                        .map(r -> r.repository().getName())
                        .toList());
        assertThat(thirdParty)
                .containsExactlyElementsOf(dataset.swr().stream()
                        .filter(r -> r.center().toString().equals("thirdparty"))
                        .map(r -> r.repository().getName())
                        .toList());
    }
}

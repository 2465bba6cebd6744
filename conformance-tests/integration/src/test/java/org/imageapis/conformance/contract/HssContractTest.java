package org.imageapis.conformance.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imageapis.client.hss.ListImageBasicImagesRequest;
import org.imageapis.client.hss.model.HssImageType;
import org.imageapis.client.hss.model.ImageBasicImageInfo;
import org.imageapis.client.hss.model.ImageBasicImagePage;
import org.imageapis.server.data.SyntheticData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code listImageBasicImages} through the client: every parameter the client offers, alone and combined, with
 * both credentials. The client does not offer {@code all_granted_eps}; the fuzz test sends it.
 */
class HssContractTest extends ContractTestBase {

    private ImageBasicImagePage list(Auth auth, ListImageBasicImagesRequest.Builder request) {
        return client(auth).hss().listImageBasicImages(request.build());
    }

    private static ListImageBasicImagesRequest.Builder synthetic() {
        return ListImageBasicImagesRequest.builder(SyntheticData.HSS_IMAGE_ID, HssImageType.CICD);
    }

    private List<String> expectedDigests(String osName) {
        return dataset.hss().get(0).basicImages().stream()
                .filter(b -> osName == null || osName.equals(b.getOsName()))
                .map(org.imageapis.server.hss.model.ImageBasicImageInfo::getLayerDigest)
                .toList();
    }

    private static List<String> digests(ImageBasicImagePage page) {
        return page.getDataList().stream()
                .map(ImageBasicImageInfo::getLayerDigest)
                .toList();
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void theRequiredParametersFindTheImageAndAllItsBaseImages(Auth auth) {
        ImageBasicImagePage page = list(auth, synthetic());

        assertThat(page.getTotalNum()).isEqualTo(RECORDS);
        assertThat(digests(page)).containsExactlyElementsOf(expectedDigests(null));
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void limitAndOffsetSelectTheWindow(Auth auth) {
        assertThat(digests(list(auth, synthetic().limit(10))))
                .containsExactlyElementsOf(expectedDigests(null).subList(0, 10));
        assertThat(digests(list(auth, synthetic().offset(1_150))))
                .containsExactlyElementsOf(expectedDigests(null).subList(1_150, RECORDS));
        ImageBasicImagePage both = list(auth, synthetic().limit(200).offset(1_100));
        assertThat(digests(both))
                .containsExactlyElementsOf(expectedDigests(null).subList(1_100, RECORDS));
        assertThat(both.getTotalNum()).isEqualTo(RECORDS);
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void osNameFiltersTheBaseImages(Auth auth) {
        ImageBasicImagePage page = list(auth, synthetic().osName("Ubuntu"));

        assertThat(digests(page)).isNotEmpty().containsExactlyElementsOf(expectedDigests("Ubuntu"));
        assertThat(page.getTotalNum()).isEqualTo(expectedDigests("Ubuntu").size());
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void theImageIsIdentifiedByIdTypeProjectAndRepositoryCoordinates(Auth auth) {
        assertThat(list(auth, ListImageBasicImagesRequest.builder("no-such-image", HssImageType.CICD))
                        .getTotalNum())
                .isZero();
        assertThat(list(
                                auth,
                                ListImageBasicImagesRequest.builder(
                                        SyntheticData.HSS_IMAGE_ID, HssImageType.PRIVATE_IMAGE))
                        .getTotalNum())
                .isZero();
        assertThat(list(auth, synthetic().enterpriseProjectId("0")).getTotalNum())
                .isEqualTo(RECORDS);
        assertThat(list(auth, synthetic().enterpriseProjectId("ep-elsewhere")).getTotalNum())
                .isZero();
        // The synthetic image is a CI/CD image: it has no repository coordinates, so giving any excludes it.
        assertThat(list(auth, synthetic().namespace("group")).getTotalNum()).isZero();
        assertThat(list(auth, synthetic().imageName("nginx")).getTotalNum()).isZero();
        assertThat(list(auth, synthetic().imageVersion("1.25")).getTotalNum()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void everyParameterCombined(Auth auth) {
        ImageBasicImagePage page = list(
                auth,
                synthetic()
                        .enterpriseProjectId("0")
                        .osName("Debian")
                        .limit(10)
                        .offset(590)
                        .region(REGION));

        assertThat(digests(page))
                .containsExactlyElementsOf(expectedDigests("Debian").subList(590, 600));
        assertThat(page.getTotalNum()).isEqualTo(expectedDigests("Debian").size());
    }
}

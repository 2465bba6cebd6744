package org.imageapis.server.hss;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import org.imageapis.server.auth.Authenticated;
import org.imageapis.server.data.Dataset;
import org.imageapis.server.data.HssRecord;
import org.imageapis.server.hss.api.ContainerImagesApi;
import org.imageapis.server.hss.model.HssImageType;
import org.imageapis.server.hss.model.ImageBasicImageInfo;
import org.imageapis.server.hss.model.ImageBasicImagePage;
import org.imageapis.server.http.Paging;

/**
 * HSS basic images of one image. The image is found by id and type, and by namespace, name and
 * version when given; an absent {@code enterprise_project_id} means {@code 0}, and
 * {@code all_granted_eps} searches every project. An unknown image gives an empty page, as the
 * spec documents no 404. Without {@code limit} the whole list is returned.
 */
@Singleton
@Authenticated
public final class BasicImagesResource implements ContainerImagesApi {

    static final String ALL_ENTERPRISE_PROJECTS = "all_granted_eps";

    private final List<HssRecord> images;

    @Inject
    public BasicImagesResource(Dataset dataset) {
        this.images = dataset.hss();
    }

    @Override
    public ImageBasicImagePage listImageBasicImages(String projectId, String imageId, HssImageType imageType,
                                                    String region, String enterpriseProjectId, Integer limit,
                                                    Integer offset, String namespace, String imageName,
                                                    String imageVersion, String osName) {
        String project = enterpriseProjectId == null ? HssRecord.DEFAULT_ENTERPRISE_PROJECT : enterpriseProjectId;
        List<ImageBasicImageInfo> matches = images.stream()
                .filter(image -> image.imageId().equals(imageId) && image.imageType() == imageType)
                .filter(image -> project.equals(ALL_ENTERPRISE_PROJECTS) || project.equals(image.enterpriseProjectId()))
                .filter(image -> matchesIfGiven(namespace, image.namespace())
                        && matchesIfGiven(imageName, image.imageName())
                        && matchesIfGiven(imageVersion, image.imageVersion()))
                .flatMap(image -> image.basicImages().stream())
                .filter(basic -> osName == null || osName.equals(basic.getOsName()))
                .toList();
        List<ImageBasicImageInfo> page = Paging.slice(matches, offset == null ? 0 : offset,
                limit == null ? matches.size() : limit);
        return new ImageBasicImagePage().totalNum(matches.size()).dataList(page);
    }

    private static boolean matchesIfGiven(String wanted, String actual) {
        return wanted == null || Objects.equals(wanted, actual);
    }
}

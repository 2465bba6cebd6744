package org.imageapis.server.data;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.imageapis.server.hss.model.HssImageType;
import org.imageapis.server.hss.model.ImageBasicImageInfo;

/**
 * One container image as HSS identifies it, with the base images it was built on. A CI/CD image is
 * identified by type and id; a repository image also by namespace, name and version.
 *
 * @param enterpriseProjectId {@code "0"} (the default enterprise project) when absent
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record HssRecord(
        String imageId,
        HssImageType imageType,
        String namespace,
        String imageName,
        String imageVersion,
        String enterpriseProjectId,
        List<ImageBasicImageInfo> basicImages) {

    public static final String DEFAULT_ENTERPRISE_PROJECT = "0";

    public HssRecord {
        enterpriseProjectId = enterpriseProjectId == null ? DEFAULT_ENTERPRISE_PROJECT : enterpriseProjectId;
        basicImages = basicImages == null ? List.of() : ComputedList.immutable(basicImages);
    }
}

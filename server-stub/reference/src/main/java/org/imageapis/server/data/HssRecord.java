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

    /** The enterprise project of a record that names none. */
    public static final String DEFAULT_ENTERPRISE_PROJECT = "0";

    /**
     * Fills the defaults: the default enterprise project, no base images.
     *
     * @param imageId             the image's id
     * @param imageType           CI/CD or repository image
     * @param namespace           the repository image's namespace
     * @param imageName           the repository image's name
     * @param imageVersion        the repository image's version
     * @param enterpriseProjectId the enterprise project, or null for the default
     * @param basicImages         the base images, or null for none
     */
    public HssRecord {
        enterpriseProjectId = enterpriseProjectId == null ? DEFAULT_ENTERPRISE_PROJECT : enterpriseProjectId;
        basicImages = basicImages == null ? List.of() : ComputedList.immutable(basicImages);
    }
}

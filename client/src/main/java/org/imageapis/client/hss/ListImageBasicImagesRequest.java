package org.imageapis.client.hss;

import java.util.Objects;
import org.imageapis.client.hss.model.HssImageType;
import org.imageapis.client.http.ApiRequest;
import org.imageapis.client.http.Ranges;

/**
 * {@code GET /v5/{project_id}/image/{image_id}/basic-image}: the image and its type are required;
 * repository images also need {@code namespace}, {@code imageName} and {@code imageVersion}.
 * {@code region} (a header) defaults to the client's region.
 */
public record ListImageBasicImagesRequest(String imageId, HssImageType imageType, String enterpriseProjectId,
                                          Integer limit, Integer offset, String namespace, String imageName,
                                          String imageVersion, String osName, String region) {

    /** The page size auto-paging uses when no {@code limit} is set: the largest the service allows. */
    static final int DEFAULT_PAGE_SIZE = 200;

    public ListImageBasicImagesRequest {
        if (imageId == null || imageId.isEmpty()) {
            throw new IllegalArgumentException("imageId is required");
        }
        Objects.requireNonNull(imageType, "imageType is required");
        Ranges.check("limit", limit, 10, 200);
        Ranges.check("offset", offset, 0, 100_000);
    }

    public static Builder builder(String imageId, HssImageType imageType) {
        return new Builder(imageId, imageType);
    }

    public Builder toBuilder() {
        return new Builder(imageId, imageType).enterpriseProjectId(enterpriseProjectId).limit(limit).offset(offset)
                .namespace(namespace).imageName(imageName).imageVersion(imageVersion).osName(osName).region(region);
    }

    ApiRequest toApiRequest(String projectId, String defaultRegion) {
        String regionHeader = region != null ? region : defaultRegion;
        if (regionHeader == null) {
            throw new IllegalArgumentException("HSS needs the region header: set the request's region "
                    + "or the client's region");
        }
        return ApiRequest.path("v5", projectId, "image", imageId, "basic-image")
                .query("enterprise_project_id", enterpriseProjectId)
                .query("limit", limit)
                .query("offset", offset)
                .query("image_type", imageType)
                .query("namespace", namespace)
                .query("image_name", imageName)
                .query("image_version", imageVersion)
                .query("os_name", osName)
                .header("region", regionHeader)
                .build();
    }

    public static final class Builder {
        private final String imageId;
        private final HssImageType imageType;
        private String enterpriseProjectId;
        private Integer limit;
        private Integer offset;
        private String namespace;
        private String imageName;
        private String imageVersion;
        private String osName;
        private String region;

        private Builder(String imageId, HssImageType imageType) {
            this.imageId = imageId;
            this.imageType = imageType;
        }

        /** {@code "0"} is the default project, {@code "all_granted_eps"} every project the caller may see. */
        public Builder enterpriseProjectId(String enterpriseProjectId) {
            this.enterpriseProjectId = enterpriseProjectId;
            return this;
        }

        /** Records per page, 10 to 200. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Records to skip, 0 to 100000. */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /** Organization of a repository image. */
        public Builder namespace(String namespace) {
            this.namespace = namespace;
            return this;
        }

        /** Name of a repository image. */
        public Builder imageName(String imageName) {
            this.imageName = imageName;
            return this;
        }

        /** Tag of a repository image. */
        public Builder imageVersion(String imageVersion) {
            this.imageVersion = imageVersion;
            return this;
        }

        public Builder osName(String osName) {
            this.osName = osName;
            return this;
        }

        /** The {@code region} header; the client's region when not set. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public ListImageBasicImagesRequest build() {
            return new ListImageBasicImagesRequest(imageId, imageType, enterpriseProjectId, limit, offset, namespace,
                    imageName, imageVersion, osName, region);
        }
    }
}

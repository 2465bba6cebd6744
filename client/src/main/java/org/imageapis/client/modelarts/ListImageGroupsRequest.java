package org.imageapis.client.modelarts;

import org.imageapis.client.http.ApiRequest;
import org.imageapis.client.http.Ranges;
import org.imageapis.client.modelarts.model.ImageGroupType;
import org.imageapis.client.modelarts.model.ImageServiceType;
import org.imageapis.client.modelarts.model.SortDirection;

/**
 * Filters, sorting and paging of {@code GET /v1/{project_id}/images/group}. Every field is
 * optional (null means "not sent"). Set {@link Builder#type} when you can: the provider's SDK
 * reports that some deployments answer "image not found" without it.
 */
public record ListImageGroupsRequest(Integer limit, Integer offset, String name, Boolean nameFuzzyMatch,
                                     String namespace, ImageServiceType serviceType, SortDirection sortDir,
                                     String sortKey, ImageGroupType type, String workspaceId,
                                     String swrInstanceId) {

    /** The page size auto-paging uses when no {@code limit} is set: the service's default. */
    static final int DEFAULT_PAGE_SIZE = 200;

    public ListImageGroupsRequest {
        Ranges.check("limit", limit, 1, Integer.MAX_VALUE);
        Ranges.check("offset", offset, 0, Integer.MAX_VALUE);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().limit(limit).offset(offset).name(name).nameFuzzyMatch(nameFuzzyMatch)
                .namespace(namespace).serviceType(serviceType).sortDir(sortDir).sortKey(sortKey).type(type)
                .workspaceId(workspaceId).swrInstanceId(swrInstanceId);
    }

    ApiRequest toApiRequest(String projectId) {
        return ApiRequest.path("v1", projectId, "images", "group")
                .query("limit", limit)
                .query("offset", offset)
                .query("name", name)
                .query("name_fuzzy_match", nameFuzzyMatch)
                .query("namespace", namespace)
                .query("service_type", serviceType)
                .query("sort_dir", sortDir)
                .query("sort_key", sortKey)
                .query("type", type)
                .query("workspace_id", workspaceId)
                .query("swr_instance_id", swrInstanceId)
                .build();
    }

    public static final class Builder {
        private Integer limit;
        private Integer offset;
        private String name;
        private Boolean nameFuzzyMatch;
        private String namespace;
        private ImageServiceType serviceType;
        private SortDirection sortDir;
        private String sortKey;
        private ImageGroupType type;
        private String workspaceId;
        private String swrInstanceId;

        private Builder() {
        }

        /** Maximum number of image groups on one page (service default 200). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Number of records to skip (service default 0). */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /** Image name, matched as a substring or exactly as {@link #nameFuzzyMatch} says. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Whether {@code name} matches as a substring (service default true). */
        public Builder nameFuzzyMatch(Boolean nameFuzzyMatch) {
            this.nameFuzzyMatch = nameFuzzyMatch;
            return this;
        }

        /** SWR organization of the images. */
        public Builder namespace(String namespace) {
            this.namespace = namespace;
            return this;
        }

        public Builder serviceType(ImageServiceType serviceType) {
            this.serviceType = serviceType;
            return this;
        }

        public Builder sortDir(SortDirection sortDir) {
            this.sortDir = sortDir;
            return this;
        }

        /** Fields to sort by, comma-separated. */
        public Builder sortKey(String sortKey) {
            this.sortKey = sortKey;
            return this;
        }

        /** Built-in ({@code BUILD_IN}) or the caller's own ({@code DEDICATED}) images. */
        public Builder type(ImageGroupType type) {
            this.type = type;
            return this;
        }

        /** Workspace of the images; {@code "0"} is the default workspace. */
        public Builder workspaceId(String workspaceId) {
            this.workspaceId = workspaceId;
            return this;
        }

        public Builder swrInstanceId(String swrInstanceId) {
            this.swrInstanceId = swrInstanceId;
            return this;
        }

        public ListImageGroupsRequest build() {
            return new ListImageGroupsRequest(limit, offset, name, nameFuzzyMatch, namespace, serviceType, sortDir,
                    sortKey, type, workspaceId, swrInstanceId);
        }
    }
}

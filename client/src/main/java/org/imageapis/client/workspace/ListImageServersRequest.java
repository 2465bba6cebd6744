package org.imageapis.client.workspace;

import org.imageapis.client.http.ApiRequest;
import org.imageapis.client.http.Ranges;

/** Filters and paging of {@code GET /v1/{project_id}/image-servers}; every field is optional. */
public record ListImageServersRequest(Integer offset, Integer limit, String serverName, String serverId,
                                      String enterpriseProjectId) {

    /** The page size auto-paging uses when no {@code limit} is set: the largest the service allows. */
    static final int DEFAULT_PAGE_SIZE = 100;

    public ListImageServersRequest {
        Ranges.check("offset", offset, 0, Integer.MAX_VALUE);
        Ranges.check("limit", limit, 1, 100);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().offset(offset).limit(limit).serverName(serverName).serverId(serverId)
                .enterpriseProjectId(enterpriseProjectId);
    }

    ApiRequest toApiRequest(String projectId) {
        return ApiRequest.path("v1", projectId, "image-servers")
                .query("offset", offset)
                .query("limit", limit)
                .query("server_name", serverName)
                .query("server_id", serverId)
                .query("enterprise_project_id", enterpriseProjectId)
                .build();
    }

    public static final class Builder {
        private Integer offset;
        private Integer limit;
        private String serverName;
        private String serverId;
        private String enterpriseProjectId;

        private Builder() {
        }

        /** Number of records to skip (service default 0). */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /** Records per page, 1 to 100 (service default 10). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Part of the image instance name. */
        public Builder serverName(String serverName) {
            this.serverName = serverName;
            return this;
        }

        public Builder serverId(String serverId) {
            this.serverId = serverId;
            return this;
        }

        /** Empty or {@code "0"} is the default enterprise project. */
        public Builder enterpriseProjectId(String enterpriseProjectId) {
            this.enterpriseProjectId = enterpriseProjectId;
            return this;
        }

        public ListImageServersRequest build() {
            return new ListImageServersRequest(offset, limit, serverName, serverId, enterpriseProjectId);
        }
    }
}

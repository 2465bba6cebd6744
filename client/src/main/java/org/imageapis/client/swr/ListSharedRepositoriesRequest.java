package org.imageapis.client.swr;

import org.imageapis.client.http.ApiRequest;
import org.imageapis.client.http.Ranges;
import org.imageapis.client.swr.model.SharedRepositoryCenter;
import org.imageapis.client.swr.model.SharedRepositoryOrderColumn;
import org.imageapis.client.swr.model.SortOrder;

/**
 * Filters, sorting and paging of {@code GET /v2/manage/shared-repositories}; every field is
 * optional, though the SDK and the latest OTC page require {@code center}. {@code limit} and
 * {@code offset} are numbers here and decimal strings on the wire.
 */
public record ListSharedRepositoriesRequest(String namespace, String name, SharedRepositoryCenter center,
                                            Integer limit, Integer offset, SharedRepositoryOrderColumn orderColumn,
                                            SortOrder orderType, String filter, String domainName, String status) {

    /** The page size auto-paging uses when no {@code limit} is set: the service's default. */
    static final int DEFAULT_PAGE_SIZE = 100;

    public ListSharedRepositoriesRequest {
        Ranges.check("limit", limit, 1, 1000);
        Ranges.check("offset", offset, 0, Integer.MAX_VALUE);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().namespace(namespace).name(name).center(center).limit(limit).offset(offset)
                .orderColumn(orderColumn).orderType(orderType).filter(filter).domainName(domainName).status(status);
    }

    ApiRequest toApiRequest() {
        return ApiRequest.path("v2", "manage", "shared-repositories")
                .query("namespace", namespace)
                .query("name", name)
                .query("center", center)
                .query("limit", limit)
                .query("offset", offset)
                .query("order_column", orderColumn)
                .query("order_type", orderType)
                .query("filter", filter)
                .query("domain_name", domainName)
                .query("status", status)
                // The page marks Content-Type mandatory even on this GET.
                .header("Content-Type", "application/json")
                .build();
    }

    public static final class Builder {
        private String namespace;
        private String name;
        private SharedRepositoryCenter center;
        private Integer limit;
        private Integer offset;
        private SharedRepositoryOrderColumn orderColumn;
        private SortOrder orderType;
        private String filter;
        private String domainName;
        private String status;

        private Builder() {
        }

        /** Organization name. */
        public Builder namespace(String namespace) {
            this.namespace = namespace;
            return this;
        }

        /** Repository name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** {@code self}: shared by the caller; {@code thirdparty}: shared with the caller. */
        public Builder center(SharedRepositoryCenter center) {
            this.center = center;
            return this;
        }

        /** Records per page, 1 to 1000 (service default 100); pass with {@code offset}. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Index of the first record; pass with {@code limit}. */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /** Sort column; pass with {@code orderType}. */
        public Builder orderColumn(SharedRepositoryOrderColumn orderColumn) {
            this.orderColumn = orderColumn;
            return this;
        }

        public Builder orderType(SortOrder orderType) {
            this.orderType = orderType;
            return this;
        }

        /** All filters in one string, such as {@code center::self|name::busybox}. */
        public Builder filter(String filter) {
            this.filter = filter;
            return this;
        }

        /** Owner account (domain) name (latest OTC page only). */
        public Builder domainName(String domainName) {
            this.domainName = domainName;
            return this;
        }

        /** Sharing status (latest OTC page only; values not documented). */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public ListSharedRepositoriesRequest build() {
            return new ListSharedRepositoriesRequest(namespace, name, center, limit, offset, orderColumn, orderType,
                    filter, domainName, status);
        }
    }
}

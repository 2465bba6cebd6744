package org.imageapis.server.swr;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.imageapis.server.auth.Authenticated;
import org.imageapis.server.data.Dataset;
import org.imageapis.server.data.SwrRecord;
import org.imageapis.server.http.Paging;
import org.imageapis.server.swr.api.SharedRepositoriesApi;
import org.imageapis.server.swr.model.SharedRepository;
import org.imageapis.server.swr.model.SharedRepositoryCenter;
import org.imageapis.server.swr.model.SharedRepositoryOrderColumn;
import org.imageapis.server.swr.model.SortOrder;

/**
 * SWR shared repositories: a bare JSON array, the total in {@code Content-Range}
 * ({@code offset-count/total}) and in each element's {@code total_range}. {@code namespace},
 * {@code center}, {@code domain_name} and {@code status} match exactly, {@code name} matches part of
 * the name. Without {@code order_column} records keep the dataset's order; {@code order_type}
 * defaults to {@code desc}.
 */
@Singleton
@Authenticated
public final class SharedRepositoriesResource implements SharedRepositoriesApi {

    static final String CONTENT_RANGE = "Content-Range";

    private final List<SwrRecord> records;

    @Inject
    public SharedRepositoriesResource(Dataset dataset) {
        this.records = dataset.swr();
    }

    @Override
    public Response listSharedRepositories(String namespace, String name, SharedRepositoryCenter center, String limit,
                                           String offset, SharedRepositoryOrderColumn orderColumn, SortOrder orderType,
                                           String filter, String domainName, String status) {
        Map<String, String> separate = new LinkedHashMap<>();
        separate.put("namespace", namespace);
        separate.put("name", name);
        separate.put("center", center == null ? null : center.toString());
        separate.put("limit", limit);
        separate.put("offset", offset);
        separate.put("order_column", orderColumn == null ? null : orderColumn.toString());
        separate.put("order_type", orderType == null ? null : orderType.toString());
        SwrQuery query = SwrQuery.of(separate, filter);
        Boolean shared = status == null ? null : parseStatus(status);

        Predicate<SwrRecord> matches = r -> (query.center() == null || r.center() == query.center())
                && (query.namespace() == null || query.namespace().equals(r.repository().getNamespace()))
                && (query.name() == null || r.repository().getName().contains(query.name()))
                && (domainName == null || domainName.equals(r.repository().getDomainName()))
                && (shared == null || shared.equals(r.repository().getStatus()));
        List<SharedRepository> all = records.stream().filter(matches).map(SwrRecord::repository).toList();
        if (query.orderColumn() != null) {
            Comparator<SharedRepository> order = comparator(query.orderColumn());
            all = all.stream().sorted(query.orderType() == SortOrder.ASC ? order : order.reversed()).toList();
        }
        List<SharedRepository> page = Paging.slice(all, query.offset(), query.limit());
        long total = all.size();
        return Response.ok(page.stream().map(repository -> withTotalRange(repository, total)).toList())
                .header(CONTENT_RANGE, query.offset() + "-" + page.size() + "/" + total)
                .build();
    }

    private static Boolean parseStatus(String status) {
        return switch (status) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new BadRequestException(
                    "Invalid value for parameter status: '" + status + "' is not true or false.");
        };
    }

    private static Comparator<SharedRepository> comparator(SharedRepositoryOrderColumn column) {
        return switch (column) {
            case UPDATED_AT, UPDATED_TIME -> nullsLast(SharedRepository::getUpdatedAt);
            case NAME -> nullsLast(SharedRepository::getName);
            case TAG_COUNT -> nullsLast(SharedRepository::getNumImages);
            case NAMESPACE -> nullsLast(SharedRepository::getNamespace);
            case DOMAIN_NAME -> nullsLast(SharedRepository::getDomainName);
        };
    }

    private static <V extends Comparable<V>> Comparator<SharedRepository> nullsLast(
            Function<SharedRepository, V> field) {
        return Comparator.comparing(field, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** A copy: dataset records are shared between requests, and total_range depends on the query. */
    private static SharedRepository withTotalRange(SharedRepository r, long total) {
        return new SharedRepository()
                .name(r.getName())
                .category(r.getCategory())
                .description(r.getDescription())
                .size(r.getSize())
                .isPublic(r.getIsPublic())
                .numImages(r.getNumImages())
                .numDownload(r.getNumDownload())
                .createdAt(r.getCreatedAt())
                .updatedAt(r.getUpdatedAt())
                .logo(r.getLogo())
                .url(r.getUrl())
                .path(r.getPath())
                .internalPath(r.getInternalPath())
                .domainName(r.getDomainName())
                .namespace(r.getNamespace())
                .tags(r.getTags())
                .status(r.getStatus())
                .totalRange(total);
    }
}

package org.imageapis.example;

import jakarta.ws.rs.core.Response;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.imageapis.server.swr.api.SharedRepositoriesApi;
import org.imageapis.server.swr.model.SharedRepository;
import org.imageapis.server.swr.model.SharedRepositoryCenter;
import org.imageapis.server.swr.model.SharedRepositoryOrderColumn;
import org.imageapis.server.swr.model.SortOrder;

/**
 * {@code GET /v2/manage/shared-repositories}: the generated interface carries the path, the parameters and their
 * constraints, so this class holds only what the API means. {@code center}, {@code namespace}, {@code domain_name}
 * and {@code status} match exactly, {@code name} matches part of the name; {@code order_column} sorts
 * ({@code order_type} defaults to {@code desc}), else the store's order is kept. The answer is a bare JSON array, so
 * the total goes into the {@code Content-Range} header ({@code offset-count/total}) and into each record's
 * {@code total_range}: that is why the interface returns a {@link Response}.
 */
public final class SharedRepositoriesResource implements SharedRepositoriesApi {

    private final RepositoryStore store;

    public SharedRepositoriesResource(RepositoryStore store) {
        this.store = store;
    }

    @Override
    public Response listSharedRepositories(
            String namespace,
            String name,
            SharedRepositoryCenter center,
            String limit,
            String offset,
            SharedRepositoryOrderColumn orderColumn,
            SortOrder orderType,
            String filter,
            String domainName,
            String status) {
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

        Predicate<RepositoryStore.Repository> matches = r -> (query.center() == null || r.center() == query.center())
                && (query.namespace() == null || query.namespace().equals(r.namespace()))
                && (query.name() == null || r.name().contains(query.name()))
                && (domainName == null || domainName.equals(r.domainName()))
                && (shared == null || shared == r.status());
        List<RepositoryStore.Repository> found =
                store.all().stream().filter(matches).toList();
        if (query.orderColumn() != null) {
            Comparator<RepositoryStore.Repository> order = comparator(query.orderColumn());
            found = found.stream()
                    .sorted(query.orderType() == SortOrder.ASC ? order : order.reversed())
                    .toList();
        }

        int total = found.size();
        int from = query.offset().min(BigInteger.valueOf(total)).intValue();
        List<SharedRepository> page = found.subList(from, Math.min(from + query.limit(), total)).stream()
                .map(repository -> repository.toModel(total))
                .toList();
        return Response.ok(page)
                .header("Content-Range", query.offset() + "-" + page.size() + "/" + total)
                .build();
    }

    /** The spec types {@code status} as any string; the page's values are {@code true} and {@code false}. */
    private static boolean parseStatus(String status) {
        return switch (status) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Errors.badRequest("Invalid value for parameter status: must be true or false.");
        };
    }

    private static Comparator<RepositoryStore.Repository> comparator(SharedRepositoryOrderColumn column) {
        return switch (column) {
            case UPDATED_AT, UPDATED_TIME -> Comparator.comparing(RepositoryStore.Repository::updatedAt);
            case NAME -> Comparator.comparing(RepositoryStore.Repository::name);
            case TAG_COUNT -> Comparator.comparingLong(RepositoryStore.Repository::numImages);
            case NAMESPACE -> Comparator.comparing(RepositoryStore.Repository::namespace);
            case DOMAIN_NAME -> Comparator.comparing(RepositoryStore.Repository::domainName);
        };
    }
}

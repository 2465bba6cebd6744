package org.imageapis.server.swr;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imageapis.server.auth.Authenticated;
import org.imageapis.server.data.Dataset;
import org.imageapis.server.data.Filters;
import org.imageapis.server.data.RecordIndex;
import org.imageapis.server.data.SortKey;
import org.imageapis.server.data.SwrRecord;
import org.imageapis.server.http.Answers;
import org.imageapis.server.http.JacksonConfig;
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
 *
 * <p>The matching records of a query are found once ({@link RecordIndex}), and each page is serialized once
 * ({@link Answers}): the dataset never changes.
 */
@Singleton
@Authenticated
public final class SharedRepositoriesResource implements SharedRepositoriesApi {

    static final String CONTENT_RANGE = "Content-Range";

    // What order_column sorts by, absent values last; one constant per field, so that equal orders share a view.
    private static final SortKey<SwrRecord> UPDATED_AT =
            SortKey.of("updated_at", SwrRecord::repository, SharedRepository::getUpdatedAt);
    private static final SortKey<SwrRecord> NAME = SortKey.of("name", SwrRecord::repository, SharedRepository::getName);
    private static final SortKey<SwrRecord> TAG_COUNT =
            SortKey.of("tag_count", SwrRecord::repository, SharedRepository::getNumImages);
    private static final SortKey<SwrRecord> NAMESPACE =
            SortKey.of("namespace", SwrRecord::repository, SharedRepository::getNamespace);
    private static final SortKey<SwrRecord> DOMAIN_NAME =
            SortKey.of("domain_name", SwrRecord::repository, SharedRepository::getDomainName);

    private final RecordIndex<SwrRecord> records;
    private final Answers<Page, RenderedRepositories> answers = new Answers<>();

    /** @param dataset the records it answers from, indexed once here */
    @Inject
    public SharedRepositoriesResource(Dataset dataset) {
        this.records = new RecordIndex<>(dataset.swr());
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

        Selection selection = new Selection(
                query.center(),
                query.namespace(),
                query.name(),
                domainName,
                shared,
                query.orderColumn() == null
                        ? null
                        : new RecordIndex.Order<>(
                                List.of(sortKey(query.orderColumn())), query.orderType() != SortOrder.ASC));
        RenderedRepositories page = answers.get(
                new Page(selection, query.offset(), query.limit()),
                () -> page(selection, query.offset(), query.limit()));
        return Response.ok(page).header(CONTENT_RANGE, page.contentRange()).build();
    }

    /** Which repositories a request lists and in which order (null: dataset order): the key of their view. */
    record Selection(
            SharedRepositoryCenter center,
            String namespace,
            String name,
            String domainName,
            Boolean shared,
            RecordIndex.Order<SwrRecord> order) {

        boolean matches(SwrRecord r) {
            return Filters.exact(center, r.center())
                    && Filters.exact(namespace, r.repository().getNamespace())
                    && Filters.partial(name, r.repository().getName())
                    && Filters.exact(domainName, r.repository().getDomainName())
                    && Filters.exact(shared, r.repository().getStatus());
        }
    }

    /** The page of a selection: the key of a whole answer. */
    record Page(Selection selection, long offset, long limit) {}

    private RenderedRepositories page(Selection selection, long offset, long limit) {
        int[] matches = records.find(selection, selection::matches, selection.order());
        List<SharedRepository> page = Paging.slice(
                matches, offset, limit, i -> records.records().get(i).repository());
        long total = matches.length;
        return new RenderedRepositories(
                page.stream()
                        .map(repository -> withTotalRange(repository, total))
                        .toList(),
                offset + "-" + page.size() + "/" + total);
    }

    private static Boolean parseStatus(String status) {
        return switch (status) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default ->
                throw new BadRequestException(
                        "Invalid value for parameter status: '" + status + "' is not true or false.");
        };
    }

    private static SortKey<SwrRecord> sortKey(SharedRepositoryOrderColumn column) {
        return switch (column) {
            case UPDATED_AT, UPDATED_TIME -> UPDATED_AT;
            case NAME -> NAME;
            case TAG_COUNT -> TAG_COUNT;
            case NAMESPACE -> NAMESPACE;
            case DOMAIN_NAME -> DOMAIN_NAME;
        };
    }

    /**
     * A copy with {@code total_range} set: dataset records are shared between requests, and the total depends on
     * the query. Copied through JSON, so a field the spec adds is carried over without a change here.
     */
    static SharedRepository withTotalRange(SharedRepository repository, long total) {
        return JacksonConfig.mapper()
                .convertValue(repository, SharedRepository.class)
                .totalRange(total);
    }
}

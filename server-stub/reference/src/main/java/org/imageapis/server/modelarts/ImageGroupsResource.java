package org.imageapis.server.modelarts;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.BadRequestException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.imageapis.server.auth.Authenticated;
import org.imageapis.server.data.Dataset;
import org.imageapis.server.data.ModelArtsRecord;
import org.imageapis.server.data.RecordIndex;
import org.imageapis.server.data.SortKey;
import org.imageapis.server.http.Answers;
import org.imageapis.server.http.Paging;
import org.imageapis.server.modelarts.api.ImageGroupsApi;
import org.imageapis.server.modelarts.model.ImageGroup;
import org.imageapis.server.modelarts.model.ImageGroupPage;
import org.imageapis.server.modelarts.model.ImageGroupType;
import org.imageapis.server.modelarts.model.ImageServiceType;
import org.imageapis.server.modelarts.model.SortDirection;

/**
 * ModelArts image groups. Without {@code sort_key} records keep the dataset's order (the doc example
 * is in no field's order); {@code current} is the 1-based page the offset falls on.
 *
 * <p>The matching records of a query are found once ({@link RecordIndex}), and each page is serialized once
 * ({@link Answers}): the dataset never changes.
 */
@Singleton
@Authenticated
public final class ImageGroupsResource implements ImageGroupsApi {

    /** The fields {@code sort_key} accepts: the group's sortable response fields, absent values last. */
    private static final Map<String, SortKey<ModelArtsRecord>> SORT_KEYS = Map.of(
            "name", SortKey.of("name", ModelArtsRecord::group, ImageGroup::getName),
            "namespace", SortKey.of("namespace", ModelArtsRecord::group, ImageGroup::getNamespace),
            "create_at", SortKey.of("create_at", ModelArtsRecord::group, ImageGroup::getCreateAt),
            "update_at", SortKey.of("update_at", ModelArtsRecord::group, ImageGroup::getUpdateAt),
            "version_count", SortKey.of("version_count", ModelArtsRecord::group, ImageGroup::getVersionCount));

    private final RecordIndex<ModelArtsRecord> records;
    private final Answers<ModelArtsQuery.Page, RenderedImageGroupPage> answers = new Answers<>();

    /** @param dataset the records it answers from, indexed once here */
    @Inject
    public ImageGroupsResource(Dataset dataset) {
        this.records = new RecordIndex<>(dataset.modelarts());
    }

    @Override
    public ImageGroupPage listImageGroups(
            String projectId,
            Integer limit,
            Integer offset,
            String name,
            Boolean nameFuzzyMatch,
            String namespace,
            ImageServiceType serviceType,
            SortDirection sortDir,
            String sortKey,
            ImageGroupType type,
            String workspaceId,
            String swrInstanceId) {
        if (limit < 1) {
            throw new BadRequestException("Invalid value for parameter limit: must be at least 1.");
        }
        if (offset < 0) {
            throw new BadRequestException("Invalid value for parameter offset: must not be negative.");
        }
        ModelArtsQuery query = new ModelArtsQuery(
                workspaceId,
                name,
                name == null || nameFuzzyMatch,
                namespace,
                serviceType,
                type,
                swrInstanceId,
                sortKey == null ? null : order(sortKey, sortDir));
        return answers.get(
                new ModelArtsQuery.Page(query, offset, limit),
                () -> new RenderedImageGroupPage(page(query, offset, limit)));
    }

    private ImageGroupPage page(ModelArtsQuery query, int offset, int limit) {
        int[] matches = records.find(query, query::matches, query.order());
        List<ImageGroup> page = Paging.slice(
                matches, offset, limit, i -> records.records().get(i).group());
        ImageGroupPage result = new ImageGroupPage()
                .current(offset / limit + 1)
                .pages((int) ((matches.length + (long) limit - 1) / limit))
                .size(page.size())
                .total((long) matches.length)
                .data(page);
        return query.swrInstanceId() == null ? result : result.isSwrEnterprise(true);
    }

    private static RecordIndex.Order<ModelArtsRecord> order(String sortKey, SortDirection direction) {
        List<SortKey<ModelArtsRecord>> keys = Arrays.stream(sortKey.split(","))
                .map(String::trim)
                .map(key -> {
                    SortKey<ModelArtsRecord> byKey = SORT_KEYS.get(key);
                    if (byKey == null) {
                        throw new BadRequestException("Invalid value for parameter sort_key: unknown field '" + key
                                + "'; sortable fields are "
                                + String.join(
                                        ", ",
                                        SORT_KEYS.keySet().stream().sorted().toList()) + ".");
                    }
                    return byKey;
                })
                .toList();
        return new RecordIndex.Order<>(keys, direction != SortDirection.ASC);
    }
}

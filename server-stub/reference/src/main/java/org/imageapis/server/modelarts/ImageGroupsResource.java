package org.imageapis.server.modelarts;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.BadRequestException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.imageapis.server.auth.Authenticated;
import org.imageapis.server.data.Dataset;
import org.imageapis.server.data.ModelArtsRecord;
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
 */
@Singleton
@Authenticated
public final class ImageGroupsResource implements ImageGroupsApi {

    /** The fields {@code sort_key} accepts: the group's sortable response fields. */
    private static final Map<String, Comparator<ImageGroup>> SORT_KEYS = Map.of(
            "name", nullsLast(ImageGroup::getName),
            "namespace", nullsLast(ImageGroup::getNamespace),
            "create_at", nullsLast(ImageGroup::getCreateAt),
            "update_at", nullsLast(ImageGroup::getUpdateAt),
            "version_count", nullsLast(ImageGroup::getVersionCount));

    private final List<ModelArtsRecord> records;

    @Inject
    public ImageGroupsResource(Dataset dataset) {
        this.records = dataset.modelarts();
    }

    @Override
    public ImageGroupPage listImageGroups(String projectId, Integer limit, Integer offset, String name,
                                          Boolean nameFuzzyMatch, String namespace, ImageServiceType serviceType,
                                          SortDirection sortDir, String sortKey, ImageGroupType type,
                                          String workspaceId, String swrInstanceId) {
        if (limit < 1) {
            throw new BadRequestException("Invalid value for parameter limit: must be at least 1.");
        }
        if (offset < 0) {
            throw new BadRequestException("Invalid value for parameter offset: must not be negative.");
        }
        Predicate<ModelArtsRecord> filter = r -> r.workspaceId().equals(workspaceId);
        if (name != null) {
            filter = filter.and(r -> nameFuzzyMatch ? r.group().getName().contains(name)
                    : r.group().getName().equals(name));
        }
        filter = filter.and(equalIfGiven(namespace, r -> r.group().getNamespace()))
                .and(equalIfGiven(serviceType, ModelArtsRecord::serviceType))
                .and(equalIfGiven(type, ModelArtsRecord::type))
                .and(equalIfGiven(swrInstanceId, r -> r.group().getSwrInstanceId()));
        List<ImageGroup> matches = records.stream().filter(filter).map(ModelArtsRecord::group).toList();
        if (sortKey != null) {
            matches = matches.stream().sorted(comparator(sortKey, sortDir)).toList();
        }
        List<ImageGroup> page = Paging.slice(matches, offset, limit);
        ImageGroupPage result = new ImageGroupPage()
                .current(offset / limit + 1)
                .pages((int) ((matches.size() + (long) limit - 1) / limit))
                .size(page.size())
                .total((long) matches.size())
                .data(page);
        return swrInstanceId == null ? result : result.isSwrEnterprise(true);
    }

    private static <V> Predicate<ModelArtsRecord> equalIfGiven(V wanted, Function<ModelArtsRecord, V> value) {
        return wanted == null ? r -> true : r -> wanted.equals(value.apply(r));
    }

    private static Comparator<ImageGroup> comparator(String sortKey, SortDirection direction) {
        Comparator<ImageGroup> comparator = Arrays.stream(sortKey.split(","))
                .map(String::trim)
                .map(key -> {
                    Comparator<ImageGroup> byKey = SORT_KEYS.get(key);
                    if (byKey == null) {
                        throw new BadRequestException("Invalid value for parameter sort_key: unknown field '" + key
                                + "'; sortable fields are " + String.join(", ", SORT_KEYS.keySet().stream().sorted()
                                .toList()) + ".");
                    }
                    return byKey;
                })
                .reduce(Comparator::thenComparing)
                .orElseThrow();
        return direction == SortDirection.ASC ? comparator : comparator.reversed();
    }

    private static <V extends Comparable<V>> Comparator<ImageGroup> nullsLast(Function<ImageGroup, V> field) {
        return Comparator.comparing(field, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}

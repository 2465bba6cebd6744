package org.imageapis.server.modelarts;

import org.imageapis.server.data.Filters;
import org.imageapis.server.data.ModelArtsRecord;
import org.imageapis.server.data.RecordIndex;
import org.imageapis.server.modelarts.model.ImageGroupType;
import org.imageapis.server.modelarts.model.ImageServiceType;

/**
 * Which image groups a request lists and in which order: its filters and sort, without the page. Equal queries
 * have equal answers, so it is the key of their view ({@link RecordIndex}).
 *
 * @param name     part of the name, or the whole name when {@code fuzzy} is false; null: any
 * @param order    null: dataset order
 */
record ModelArtsQuery(
        String workspaceId,
        String name,
        boolean fuzzy,
        String namespace,
        ImageServiceType serviceType,
        ImageGroupType type,
        String swrInstanceId,
        RecordIndex.Order<ModelArtsRecord> order) {

    boolean matches(ModelArtsRecord r) {
        return r.workspaceId().equals(workspaceId)
                && (fuzzy
                        ? Filters.partial(name, r.group().getName())
                        : Filters.exact(name, r.group().getName()))
                && Filters.exact(namespace, r.group().getNamespace())
                && Filters.exact(serviceType, r.serviceType())
                && Filters.exact(type, r.type())
                && Filters.exact(swrInstanceId, r.group().getSwrInstanceId());
    }

    /** The page of this query's view: the key of a whole answer. */
    record Page(ModelArtsQuery query, int offset, int limit) {}
}

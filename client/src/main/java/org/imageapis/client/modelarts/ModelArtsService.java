package org.imageapis.client.modelarts;

import java.net.URI;
import java.util.OptionalLong;
import org.imageapis.client.ImageApisClient;
import org.imageapis.client.Service;
import org.imageapis.client.http.ServiceContext;
import org.imageapis.client.http.Transport;
import org.imageapis.client.modelarts.model.ImageGroup;
import org.imageapis.client.modelarts.model.ImageGroupPage;
import org.imageapis.client.paging.AutoPager;
import org.imageapis.client.paging.Page;

/** ModelArts image groups. Obtain it from {@code ImageApisClient.modelArts()}. */
public final class ModelArtsService {

    private final Transport transport;
    private final URI endpoint;
    private final String projectId;

    /**
     * The same as {@code client.modelArts()}.
     *
     * @throws IllegalStateException when the client has no project id
     */
    public ModelArtsService(ImageApisClient client) {
        ServiceContext context = ServiceContext.of(client, Service.MODELARTS);
        this.transport = context.transport();
        this.endpoint = context.endpoint();
        this.projectId = context.projectId();
    }

    /** One page of image groups ({@code GET /v1/{project_id}/images/group}). */
    public ImageGroupPage listImageGroups(ListImageGroupsRequest request) {
        return transport.read(transport.get(endpoint, request.toApiRequest(projectId)), ImageGroupPage.class);
    }

    /**
     * Every image group matching {@code request}, from its {@code offset} on, fetched lazily in
     * pages of its {@code limit} (default 200) until {@code total} is reached.
     */
    public AutoPager<ImageGroup> listAllImageGroups(ListImageGroupsRequest request) {
        int pageSize = request.limit() == null ? ListImageGroupsRequest.DEFAULT_PAGE_SIZE : request.limit();
        return new AutoPager<>(request.offset() == null ? 0 : request.offset(), pageSize, (offset, limit) -> {
            ImageGroupPage page = listImageGroups(request.toBuilder().offset(offset).limit(limit).build());
            return new Page<>(page.getData(),
                    page.getTotal() == null ? OptionalLong.empty() : OptionalLong.of(page.getTotal()));
        });
    }
}

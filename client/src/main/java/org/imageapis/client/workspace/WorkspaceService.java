package org.imageapis.client.workspace;

import java.net.URI;
import java.util.OptionalLong;
import org.imageapis.client.ImageApisClient;
import org.imageapis.client.Service;
import org.imageapis.client.http.ServiceContext;
import org.imageapis.client.http.Transport;
import org.imageapis.client.paging.AutoPager;
import org.imageapis.client.paging.Page;
import org.imageapis.client.workspace.model.ImageServer;
import org.imageapis.client.workspace.model.ImageServerPage;

/** Workspace Application Streaming image servers. Obtain it from {@code ImageApisClient.workspace()}. */
public final class WorkspaceService {

    private final Transport transport;
    private final URI endpoint;
    private final String projectId;

    /**
     * The same as {@code client.workspace()}.
     *
     * @throws IllegalStateException when the client has no project id
     */
    public WorkspaceService(ImageApisClient client) {
        ServiceContext context = ServiceContext.of(client, Service.WORKSPACE);
        this.transport = context.transport();
        this.endpoint = context.endpoint();
        this.projectId = context.projectId();
    }

    /** One page of image servers ({@code GET /v1/{project_id}/image-servers}). */
    public ImageServerPage listImageServers(ListImageServersRequest request) {
        return transport.read(transport.get(endpoint, request.toApiRequest(projectId)), ImageServerPage.class);
    }

    /**
     * Every image server matching {@code request}, from its {@code offset} on, fetched lazily in
     * pages of its {@code limit} (default 100) until {@code count} is reached.
     */
    public AutoPager<ImageServer> listAllImageServers(ListImageServersRequest request) {
        int pageSize = request.limit() == null ? ListImageServersRequest.DEFAULT_PAGE_SIZE : request.limit();
        return new AutoPager<>(request.offset() == null ? 0 : request.offset(), pageSize, (offset, limit) -> {
            ImageServerPage page = listImageServers(request.toBuilder().offset(offset).limit(limit).build());
            return new Page<>(page.getItems(),
                    page.getCount() == null ? OptionalLong.empty() : OptionalLong.of(page.getCount()));
        });
    }
}

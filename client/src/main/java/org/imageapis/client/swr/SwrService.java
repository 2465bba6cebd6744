package org.imageapis.client.swr;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URI;
import java.util.List;
import org.imageapis.client.ImageApisClient;
import org.imageapis.client.Service;
import org.imageapis.client.http.ApiResponse;
import org.imageapis.client.http.ServiceContext;
import org.imageapis.client.http.Transport;
import org.imageapis.client.paging.AutoPager;
import org.imageapis.client.paging.Page;
import org.imageapis.client.swr.model.SharedRepository;

/** SWR shared repositories. Obtain it from {@code ImageApisClient.swr()}. */
public final class SwrService {

    private static final TypeReference<List<SharedRepository>> REPOSITORIES = new TypeReference<>() { };

    private final Transport transport;
    private final URI endpoint;

    /** The same as {@code client.swr()}. */
    public SwrService(ImageApisClient client) {
        ServiceContext context = ServiceContext.of(client, Service.SWR);
        this.transport = context.transport();
        this.endpoint = context.endpoint();
    }

    /** One page of shared repositories ({@code GET /v2/manage/shared-repositories}). */
    public SharedRepositoriesPage listSharedRepositories(ListSharedRepositoriesRequest request) {
        ApiResponse response = transport.get(endpoint, request.toApiRequest());
        return new SharedRepositoriesPage(transport.read(response, REPOSITORIES),
                response.header("Content-Range").orElse(null));
    }

    /**
     * Every shared repository matching {@code request}, from its {@code offset} on, fetched lazily
     * in pages of its {@code limit} (default 100) until the total of {@code Content-Range} (or
     * {@code total_range}) is reached.
     */
    public AutoPager<SharedRepository> listAllSharedRepositories(ListSharedRepositoriesRequest request) {
        int pageSize = request.limit() == null ? ListSharedRepositoriesRequest.DEFAULT_PAGE_SIZE : request.limit();
        return new AutoPager<>(request.offset() == null ? 0 : request.offset(), pageSize, (offset, limit) -> {
            SharedRepositoriesPage page =
                    listSharedRepositories(request.toBuilder().offset(offset).limit(limit).build());
            return new Page<>(page.repositories(), page.total());
        });
    }
}

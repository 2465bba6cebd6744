package org.imageapis.client.hss;

import java.net.URI;
import java.util.OptionalLong;
import org.imageapis.client.ImageApisClient;
import org.imageapis.client.Service;
import org.imageapis.client.hss.model.ImageBasicImageInfo;
import org.imageapis.client.hss.model.ImageBasicImagePage;
import org.imageapis.client.http.ServiceContext;
import org.imageapis.client.http.Transport;
import org.imageapis.client.paging.AutoPager;
import org.imageapis.client.paging.Page;

/** HSS container image information. Obtain it from {@code ImageApisClient.hss()}. */
public final class HssService {

    private final Transport transport;
    private final URI endpoint;
    private final String projectId;
    private final String region;

    /**
     * The same as {@code client.hss()}; the client's region fills the {@code region} header of
     * requests that do not set it.
     *
     * @throws IllegalStateException when the client has no project id
     */
    public HssService(ImageApisClient client) {
        ServiceContext context = ServiceContext.of(client, Service.HSS);
        this.transport = context.transport();
        this.endpoint = context.endpoint();
        this.projectId = context.projectId();
        this.region = context.region();
    }

    /** One page of base-image records ({@code GET /v5/{project_id}/image/{image_id}/basic-image}). */
    public ImageBasicImagePage listImageBasicImages(ListImageBasicImagesRequest request) {
        return transport.read(transport.get(endpoint, request.toApiRequest(projectId, region)),
                ImageBasicImagePage.class);
    }

    /**
     * Every base-image record for {@code request}, from its {@code offset} on, fetched lazily in
     * pages of its {@code limit} (default 200) until {@code total_num} is reached.
     */
    public AutoPager<ImageBasicImageInfo> listAllImageBasicImages(ListImageBasicImagesRequest request) {
        int pageSize = request.limit() == null ? ListImageBasicImagesRequest.DEFAULT_PAGE_SIZE : request.limit();
        return new AutoPager<>(request.offset() == null ? 0 : request.offset(), pageSize, (offset, limit) -> {
            ImageBasicImagePage page = listImageBasicImages(request.toBuilder().offset(offset).limit(limit).build());
            return new Page<>(page.getDataList(),
                    page.getTotalNum() == null ? OptionalLong.empty() : OptionalLong.of(page.getTotalNum()));
        });
    }
}

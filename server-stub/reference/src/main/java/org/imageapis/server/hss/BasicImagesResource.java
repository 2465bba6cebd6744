package org.imageapis.server.hss;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imageapis.server.auth.Authenticated;
import org.imageapis.server.data.Dataset;
import org.imageapis.server.data.Filters;
import org.imageapis.server.data.HssRecord;
import org.imageapis.server.data.RecordIndex;
import org.imageapis.server.hss.api.ContainerImagesApi;
import org.imageapis.server.hss.model.HssImageType;
import org.imageapis.server.hss.model.ImageBasicImageInfo;
import org.imageapis.server.hss.model.ImageBasicImagePage;
import org.imageapis.server.http.Answers;

/**
 * HSS basic images of one image. The image is found by id and type, and by namespace, name and
 * version when given; an absent {@code enterprise_project_id} means {@code 0}, and
 * {@code all_granted_eps} searches every project. An unknown image gives an empty page, as the
 * spec documents no 404. Without {@code limit} the whole list is returned.
 *
 * <p>The base images an {@code os_name} selects are found once per image ({@link RecordIndex}), and each page is
 * serialized once ({@link Answers}): the dataset never changes.
 */
@Singleton
@Authenticated
public final class BasicImagesResource implements ContainerImagesApi {

    static final String ALL_ENTERPRISE_PROJECTS = "all_granted_eps";

    private final List<HssRecord> images;
    /**
     * The base images of each image a query named, made on first use. By identity: a record's hash would read all
     * of its base images, a million for {@code --generate 1000000}.
     */
    private final Map<HssRecord, RecordIndex<ImageBasicImageInfo>> basicImages =
            Collections.synchronizedMap(new IdentityHashMap<>());

    private final Answers<Page, RenderedImageBasicImagePage> answers = new Answers<>();

    /** @param dataset the records it answers from, indexed once here */
    @Inject
    public BasicImagesResource(Dataset dataset) {
        this.images = dataset.hss();
    }

    /** Which base images a request lists: the images it names, then {@code os_name}. */
    record Query(
            String imageId,
            HssImageType imageType,
            String project,
            String namespace,
            String imageName,
            String imageVersion,
            String osName) {

        boolean names(HssRecord image) {
            return image.imageId().equals(imageId)
                    && image.imageType() == imageType
                    && (project.equals(ALL_ENTERPRISE_PROJECTS) || project.equals(image.enterpriseProjectId()))
                    && Filters.exact(namespace, image.namespace())
                    && Filters.exact(imageName, image.imageName())
                    && Filters.exact(imageVersion, image.imageVersion());
        }

        boolean matches(ImageBasicImageInfo basic) {
            return Filters.exact(osName, basic.getOsName());
        }
    }

    /** The page of a query's base images (a null limit: all of them): the key of a whole answer. */
    record Page(Query query, int offset, Integer limit) {}

    @Override
    public ImageBasicImagePage listImageBasicImages(
            String projectId,
            String imageId,
            HssImageType imageType,
            String region,
            String enterpriseProjectId,
            Integer limit,
            Integer offset,
            String namespace,
            String imageName,
            String imageVersion,
            String osName) {
        String project = enterpriseProjectId == null ? HssRecord.DEFAULT_ENTERPRISE_PROJECT : enterpriseProjectId;
        Query query = new Query(imageId, imageType, project, namespace, imageName, imageVersion, osName);
        Page page = new Page(query, offset == null ? 0 : offset, limit);
        return answers.get(page, () -> new RenderedImageBasicImagePage(page(page)));
    }

    /** The matching base images of every image the query names, in dataset order, sliced to the page. */
    private ImageBasicImagePage page(Page page) {
        Query query = page.query();
        List<RecordIndex<ImageBasicImageInfo>> named = new ArrayList<>();
        List<int[]> matches = new ArrayList<>();
        int total = 0;
        for (HssRecord image : images) {
            if (query.names(image)) {
                RecordIndex<ImageBasicImageInfo> index =
                        basicImages.computeIfAbsent(image, first -> new RecordIndex<>(first.basicImages()));
                int[] found = index.find(Optional.ofNullable(query.osName()), query::matches, null);
                named.add(index);
                matches.add(found);
                total += found.length;
            }
        }
        long from = Math.min(page.offset(), total);
        long to = page.limit() == null ? total : Math.min(from + page.limit(), total);
        List<ImageBasicImageInfo> data = new ArrayList<>();
        long start = 0; // position of the current image's first match in the whole list
        for (int i = 0; i < named.size() && start < to; i++) {
            int[] found = matches.get(i);
            for (long k = Math.max(from, start); k < Math.min(to, start + found.length); k++) {
                data.add(named.get(i).records().get(found[(int) (k - start)]));
            }
            start += found.length;
        }
        return new ImageBasicImagePage().totalNum(total).dataList(List.copyOf(data));
    }
}

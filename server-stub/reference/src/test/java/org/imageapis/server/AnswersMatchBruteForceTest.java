package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.imageapis.server.data.Dataset;
import org.imageapis.server.data.HssRecord;
import org.imageapis.server.data.ModelArtsRecord;
import org.imageapis.server.data.SwrRecord;
import org.imageapis.server.data.SyntheticData;
import org.imageapis.server.hss.BasicImagesResource;
import org.imageapis.server.hss.model.HssImageType;
import org.imageapis.server.hss.model.ImageBasicImageInfo;
import org.imageapis.server.hss.model.ImageBasicImagePage;
import org.imageapis.server.http.JacksonConfig;
import org.imageapis.server.http.Paging;
import org.imageapis.server.http.Rendered;
import org.imageapis.server.modelarts.ImageGroupsResource;
import org.imageapis.server.modelarts.model.ImageGroup;
import org.imageapis.server.modelarts.model.ImageGroupPage;
import org.imageapis.server.modelarts.model.ImageGroupType;
import org.imageapis.server.modelarts.model.ImageServiceType;
import org.imageapis.server.modelarts.model.SortDirection;
import org.imageapis.server.swr.SharedRepositoriesResource;
import org.imageapis.server.swr.model.SharedRepository;
import org.imageapis.server.swr.model.SharedRepositoryCenter;
import org.imageapis.server.swr.model.SharedRepositoryOrderColumn;
import org.imageapis.server.swr.model.SortOrder;
import org.imageapis.server.workspace.ImageServersResource;
import org.imageapis.server.workspace.model.ImageServer;
import org.imageapis.server.workspace.model.ImageServerPage;
import org.junit.jupiter.api.Test;

/**
 * The resources find records through kept views and kept answers; this holds them to a brute-force scan and
 * stable sort of the whole dataset (the resources as they were before the views) on random datasets and
 * random queries: every filter, every sort key and direction, pages anywhere, each query asked twice. Each
 * answer must equal the brute-force page, and its JSON must be the bytes Jackson writes for that page.
 */
class AnswersMatchBruteForceTest {

    private static final int DATASETS = 12;
    private static final int QUERIES = 400;
    private static final String[] WORDS = {"a", "b", "ab", "ba", "abc", "c", "", "x-1", "x.2"};

    // --- ModelArts ---

    @Test
    void modelArtsPagesMatchABruteForceScan() {
        for (int seed = 0; seed < DATASETS; seed++) {
            Random random = new Random(seed);
            List<ModelArtsRecord> records = IntStream.range(0, random.nextInt(60))
                    .mapToObj(i -> modelArtsRecord(random))
                    .toList();
            ImageGroupsResource resource = new ImageGroupsResource(dataset(records, List.of(), List.of(), List.of()));
            for (int q = 0; q < QUERIES; q++) {
                int limit = 1 + random.nextInt(records.size() + 3);
                int offset = random.nextInt(records.size() + 3);
                String name = maybe(random, word(random));
                boolean fuzzy = random.nextBoolean();
                String namespace = maybe(random, word(random));
                ImageServiceType serviceType = maybe(random, pick(random, ImageServiceType.values()));
                ImageGroupType type = maybe(random, pick(random, ImageGroupType.values()));
                String sortKey = maybe(
                        random,
                        sortKeys(random, List.of("name", "namespace", "create_at", "update_at", "version_count")));
                SortDirection direction = pick(random, SortDirection.values());
                String workspace = random.nextInt(4) == 0 ? "w1" : "0";
                String swrInstance = maybe(random, pick(random, new String[] {"i1", "i2"}));

                ImageGroupPage expected = bruteForceModelArts(
                        records,
                        limit,
                        offset,
                        name,
                        fuzzy,
                        namespace,
                        serviceType,
                        direction,
                        sortKey,
                        type,
                        workspace,
                        swrInstance);
                for (int twice = 0; twice < 2; twice++) {
                    ImageGroupPage actual = resource.listImageGroups(
                            "p",
                            limit,
                            offset,
                            name,
                            fuzzy,
                            namespace,
                            serviceType,
                            direction,
                            sortKey,
                            type,
                            workspace,
                            swrInstance);
                    assertSameAnswer(actual, expected, "seed " + seed + " query " + q);
                }
            }
        }
    }

    @Test
    void modelArtsRefusesAnUnknownSortKeyAsBefore() {
        ImageGroupsResource resource = new ImageGroupsResource(SyntheticData.generate(3));
        assertThatThrownBy(() -> resource.listImageGroups(
                        "p", 10, 0, null, true, null, null, SortDirection.ASC, "name,size", null, "0", null))
                .hasMessage("Invalid value for parameter sort_key: unknown field 'size'; sortable fields are "
                        + "create_at, name, namespace, update_at, version_count.");
    }

    private static ModelArtsRecord modelArtsRecord(Random random) {
        ImageGroup group = new ImageGroup()
                .name(word(random) + random.nextInt(3))
                .namespace(maybe(random, word(random)))
                .createAt(maybe(random, (long) random.nextInt(4)))
                .updateAt(maybe(random, (long) random.nextInt(4)))
                .versionCount(maybe(random, random.nextInt(3)))
                .swrInstanceId(maybe(random, pick(random, new String[] {"i1", "i2"})));
        return new ModelArtsRecord(
                pick(random, ImageGroupType.values()),
                maybe(random, pick(random, ImageServiceType.values())),
                random.nextInt(4) == 0 ? "w1" : null,
                group);
    }

    /** ImageGroupsResource before the views: filter, then a stable sort, then slice. */
    private static ImageGroupPage bruteForceModelArts(
            List<ModelArtsRecord> records,
            int limit,
            int offset,
            String name,
            boolean fuzzy,
            String namespace,
            ImageServiceType serviceType,
            SortDirection direction,
            String sortKey,
            ImageGroupType type,
            String workspaceId,
            String swrInstanceId) {
        List<ImageGroup> matches = records.stream()
                .filter(r -> r.workspaceId().equals(workspaceId))
                .filter(r -> name == null
                        || (fuzzy
                                ? r.group().getName().contains(name)
                                : r.group().getName().equals(name)))
                .filter(r -> namespace == null || namespace.equals(r.group().getNamespace()))
                .filter(r -> serviceType == null || serviceType.equals(r.serviceType()))
                .filter(r -> type == null || type.equals(r.type()))
                .filter(r ->
                        swrInstanceId == null || swrInstanceId.equals(r.group().getSwrInstanceId()))
                .map(ModelArtsRecord::group)
                .toList();
        if (sortKey != null) {
            Map<String, Comparator<ImageGroup>> keys = Map.of(
                    "name", nullsLast(ImageGroup::getName),
                    "namespace", nullsLast(ImageGroup::getNamespace),
                    "create_at", nullsLast(ImageGroup::getCreateAt),
                    "update_at", nullsLast(ImageGroup::getUpdateAt),
                    "version_count", nullsLast(ImageGroup::getVersionCount));
            Comparator<ImageGroup> comparator = Arrays.stream(sortKey.split(","))
                    .map(String::trim)
                    .map(keys::get)
                    .reduce(Comparator::thenComparing)
                    .orElseThrow();
            matches = matches.stream()
                    .sorted(direction == SortDirection.ASC ? comparator : comparator.reversed())
                    .toList();
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

    // --- Workspace ---

    @Test
    void workspacePagesMatchABruteForceScan() {
        for (int seed = 0; seed < DATASETS; seed++) {
            Random random = new Random(seed);
            List<ImageServer> servers = IntStream.range(0, random.nextInt(60))
                    .mapToObj(i -> new ImageServer()
                            .id(String.valueOf(random.nextInt(20)))
                            .name(word(random) + random.nextInt(3))
                            .createTime(OffsetDateTime.ofInstant(
                                    Instant.ofEpochSecond(random.nextInt(1000)), ZoneOffset.UTC))
                            .enterpriseProjectId(pick(random, new String[] {null, "", "0", "e1", "e2"})))
                    .toList();
            ImageServersResource resource = new ImageServersResource(dataset(List.of(), servers, List.of(), List.of()));
            for (int q = 0; q < QUERIES; q++) {
                int offset = random.nextInt(servers.size() + 3);
                int limit = 1 + random.nextInt(100);
                String serverName = maybe(random, word(random));
                String serverId = maybe(random, String.valueOf(random.nextInt(20)));
                String project = maybe(random, pick(random, new String[] {"", "0", "e1", "e2", "e3"}));

                ImageServerPage expected = bruteForceWorkspace(servers, offset, limit, serverName, serverId, project);
                for (int twice = 0; twice < 2; twice++) {
                    assertSameAnswer(
                            resource.listImageServers("p", offset, limit, serverName, serverId, project),
                            expected,
                            "seed " + seed + " query " + q);
                }
            }
        }
    }

    private static ImageServerPage bruteForceWorkspace(
            List<ImageServer> servers, int offset, int limit, String serverName, String serverId, String projectId) {
        Function<String, String> project = id -> id == null || id.isEmpty() ? "0" : id;
        List<ImageServer> matches = servers.stream()
                .filter(s -> project.apply(s.getEnterpriseProjectId()).equals(project.apply(projectId)))
                .filter(s -> serverName == null || s.getName().contains(serverName))
                .filter(s -> serverId == null || serverId.equals(s.getId()))
                .toList();
        return new ImageServerPage().count(matches.size()).items(Paging.slice(matches, offset, limit));
    }

    // --- HSS ---

    @Test
    void hssPagesMatchABruteForceScan() {
        for (int seed = 0; seed < DATASETS; seed++) {
            Random random = new Random(seed);
            List<HssRecord> images = IntStream.range(0, random.nextInt(8))
                    .mapToObj(i -> new HssRecord(
                            pick(random, new String[] {"1", "2"}),
                            pick(random, HssImageType.values()),
                            maybe(random, "ns"),
                            maybe(random, "img"),
                            maybe(random, "v1"),
                            pick(random, new String[] {null, "0", "e1"}),
                            IntStream.range(0, random.nextInt(40))
                                    .mapToObj(k -> new ImageBasicImageInfo()
                                            .osName(maybe(random, pick(random, new String[] {"Debian", "Ubuntu"})))
                                            .osVersion(String.valueOf(k)))
                                    .toList()))
                    .toList();
            BasicImagesResource resource = new BasicImagesResource(dataset(List.of(), List.of(), images, List.of()));
            for (int q = 0; q < QUERIES; q++) {
                String imageId = pick(random, new String[] {"1", "2", "3"});
                HssImageType type = pick(random, HssImageType.values());
                String project = maybe(random, pick(random, new String[] {"0", "e1", "all_granted_eps"}));
                Integer limit = maybe(random, 10 + random.nextInt(191));
                Integer offset = maybe(random, random.nextInt(120));
                String namespace = maybe(random, "ns");
                String name = maybe(random, "img");
                String version = maybe(random, "v1");
                String osName = maybe(random, pick(random, new String[] {"Debian", "Ubuntu", ""}));

                ImageBasicImagePage expected =
                        bruteForceHss(images, imageId, type, project, limit, offset, namespace, name, version, osName);
                for (int twice = 0; twice < 2; twice++) {
                    assertSameAnswer(
                            resource.listImageBasicImages(
                                    "p", imageId, type, "r", project, limit, offset, namespace, name, version, osName),
                            expected,
                            "seed " + seed + " query " + q);
                }
            }
        }
    }

    private static ImageBasicImagePage bruteForceHss(
            List<HssRecord> images,
            String imageId,
            HssImageType imageType,
            String enterpriseProjectId,
            Integer limit,
            Integer offset,
            String namespace,
            String imageName,
            String imageVersion,
            String osName) {
        String project = enterpriseProjectId == null ? "0" : enterpriseProjectId;
        List<ImageBasicImageInfo> matches = images.stream()
                .filter(image -> image.imageId().equals(imageId) && image.imageType() == imageType)
                .filter(image -> project.equals("all_granted_eps") || project.equals(image.enterpriseProjectId()))
                .filter(image -> (namespace == null || Objects.equals(namespace, image.namespace()))
                        && (imageName == null || Objects.equals(imageName, image.imageName()))
                        && (imageVersion == null || Objects.equals(imageVersion, image.imageVersion())))
                .flatMap(image -> image.basicImages().stream())
                .filter(basic -> osName == null || osName.equals(basic.getOsName()))
                .toList();
        List<ImageBasicImageInfo> page =
                Paging.slice(matches, offset == null ? 0 : offset, limit == null ? matches.size() : limit);
        return new ImageBasicImagePage().totalNum(matches.size()).dataList(page);
    }

    // --- SWR ---

    @Test
    void swrPagesMatchABruteForceScan() {
        for (int seed = 0; seed < DATASETS; seed++) {
            Random random = new Random(seed);
            List<SwrRecord> records = IntStream.range(0, random.nextInt(60))
                    .mapToObj(i -> new SwrRecord(
                            pick(random, SharedRepositoryCenter.values()),
                            new SharedRepository()
                                    .name(word(random) + random.nextInt(3))
                                    .namespace(maybe(random, pick(random, new String[] {"n1", "n2"})))
                                    .domainName(maybe(random, pick(random, new String[] {"d1", "d2"})))
                                    .numImages(maybe(random, (long) random.nextInt(3)))
                                    .updatedAt(maybe(random, "2024-0" + (1 + random.nextInt(3))))
                                    .status(maybe(random, random.nextBoolean()))))
                    .toList();
            SharedRepositoriesResource resource =
                    new SharedRepositoriesResource(dataset(List.of(), List.of(), List.of(), records));
            for (int q = 0; q < QUERIES; q++) {
                String namespace = maybe(random, pick(random, new String[] {"n1", "n2", "n3"}));
                String name = maybe(random, word(random));
                SharedRepositoryCenter center = maybe(random, pick(random, SharedRepositoryCenter.values()));
                String limit = maybe(random, String.valueOf(random.nextInt(records.size() + 3)));
                String offset = maybe(random, String.valueOf(random.nextInt(records.size() + 3)));
                SharedRepositoryOrderColumn column = maybe(random, pick(random, SharedRepositoryOrderColumn.values()));
                SortOrder order = maybe(random, pick(random, SortOrder.values()));
                String domain = maybe(random, pick(random, new String[] {"d1", "d2"}));
                String status = maybe(random, pick(random, new String[] {"true", "false"}));

                List<SharedRepository> expected = bruteForceSwr(
                        records,
                        namespace,
                        name,
                        center,
                        limit == null ? 100 : Long.parseLong(limit),
                        offset == null ? 0 : Long.parseLong(offset),
                        column,
                        order,
                        domain,
                        status);
                long total = expected.isEmpty() ? -1 : expected.get(0).getTotalRange();
                for (int twice = 0; twice < 2; twice++) {
                    Response response = resource.listSharedRepositories(
                            namespace, name, center, limit, offset, column, order, null, domain, status);
                    Object entity = response.getEntity();
                    assertThat(new String(((Rendered) entity).json(), java.nio.charset.StandardCharsets.UTF_8))
                            .as("seed %d query %d", seed, q)
                            .isEqualTo(json(expected));
                    String range = response.getHeaderString("Content-Range");
                    assertThat(range)
                            .as("seed %d query %d", seed, q)
                            .startsWith((offset == null ? "0" : offset) + "-" + expected.size() + "/");
                    if (total >= 0) {
                        assertThat(range).endsWith("/" + total);
                    }
                }
            }
        }
    }

    /** SharedRepositoriesResource before the views, with total_range set on copies. */
    private static List<SharedRepository> bruteForceSwr(
            List<SwrRecord> records,
            String namespace,
            String name,
            SharedRepositoryCenter center,
            long limit,
            long offset,
            SharedRepositoryOrderColumn column,
            SortOrder order,
            String domainName,
            String status) {
        Boolean shared = status == null ? null : Boolean.valueOf(status);
        List<SharedRepository> all = records.stream()
                .filter(r -> (center == null || r.center() == center)
                        && (namespace == null || namespace.equals(r.repository().getNamespace()))
                        && (name == null
                                || name.isEmpty()
                                || r.repository().getName().contains(name))
                        && (domainName == null
                                || domainName.equals(r.repository().getDomainName()))
                        && (shared == null || shared.equals(r.repository().getStatus())))
                .map(SwrRecord::repository)
                .toList();
        if (column != null) {
            Comparator<SharedRepository> comparator = switch (column) {
                case UPDATED_AT, UPDATED_TIME -> nullsLast(SharedRepository::getUpdatedAt);
                case NAME -> nullsLast(SharedRepository::getName);
                case TAG_COUNT -> nullsLast(SharedRepository::getNumImages);
                case NAMESPACE -> nullsLast(SharedRepository::getNamespace);
                case DOMAIN_NAME -> nullsLast(SharedRepository::getDomainName);
            };
            all = all.stream()
                    .sorted(order == SortOrder.ASC ? comparator : comparator.reversed())
                    .toList();
        }
        long total = all.size();
        List<SharedRepository> page = new ArrayList<>();
        for (SharedRepository r : Paging.slice(all, offset, limit)) {
            page.add(copy(r).totalRange(total));
        }
        return page;
    }

    private static SharedRepository copy(SharedRepository r) {
        return new SharedRepository()
                .name(r.getName())
                .category(r.getCategory())
                .description(r.getDescription())
                .size(r.getSize())
                .isPublic(r.getIsPublic())
                .numImages(r.getNumImages())
                .numDownload(r.getNumDownload())
                .createdAt(r.getCreatedAt())
                .updatedAt(r.getUpdatedAt())
                .logo(r.getLogo())
                .url(r.getUrl())
                .path(r.getPath())
                .internalPath(r.getInternalPath())
                .domainName(r.getDomainName())
                .namespace(r.getNamespace())
                .tags(r.getTags())
                .status(r.getStatus());
    }

    // --- helpers ---

    /** Same fields as the brute-force page, and its JSON is exactly the brute-force page's. */
    private static void assertSameAnswer(Object actual, Object expected, String what) {
        assertThat(actual).as(what).isInstanceOf(Rendered.class);
        assertThat(new String(((Rendered) actual).json(), java.nio.charset.StandardCharsets.UTF_8))
                .as(what)
                .isEqualTo(json(expected));
        assertThat(json(actual)).as(what + ", the object itself").isEqualTo(json(expected));
    }

    private static String json(Object value) {
        try {
            return JacksonConfig.mapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Dataset dataset(
            List<ModelArtsRecord> modelarts, List<ImageServer> workspace, List<HssRecord> hss, List<SwrRecord> swr) {
        return new Dataset(modelarts, workspace, hss, swr);
    }

    private static <V extends Comparable<V>, T> Comparator<T> nullsLast(Function<T, V> field) {
        return Comparator.comparing(field, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static String sortKeys(Random random, List<String> keys) {
        return random.nextInt(3) == 0
                ? pick(random, keys.toArray(String[]::new)) + "," + pick(random, keys.toArray(String[]::new))
                : pick(random, keys.toArray(String[]::new));
    }

    private static String word(Random random) {
        return pick(random, WORDS);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T maybe(Random random, T value) {
        return random.nextInt(3) == 0 ? null : value;
    }
}

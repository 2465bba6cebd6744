package org.imageapis.server.data;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.imageapis.server.hss.model.HssImageType;
import org.imageapis.server.hss.model.ImageBasicImageInfo;
import org.imageapis.server.modelarts.model.ImageGroup;
import org.imageapis.server.modelarts.model.ImageGroupType;
import org.imageapis.server.modelarts.model.ImageServiceType;
import org.imageapis.server.swr.model.RepositoryCategory;
import org.imageapis.server.swr.model.SharedRepository;
import org.imageapis.server.swr.model.SharedRepositoryCenter;
import org.imageapis.server.workspace.model.ImageServer;
import org.imageapis.server.workspace.model.ImageServerStatus;

/**
 * {@code n} records per API for paging and load tests, the same on every run: every value is a
 * function of the record's index. HSS gets one CI/CD image ({@value #HSS_IMAGE_ID}) with
 * {@code n} base images, since an HSS query always names one image.
 */
public final class SyntheticData {

    public static final String HSS_IMAGE_ID = "synthetic";
    private static final long EPOCH_MILLIS = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    private static final long HOUR_MILLIS = 3_600_000L;

    private SyntheticData() {
    }

    public static Dataset generate(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of synthetic records must not be negative");
        }
        return new Dataset(
                IntStream.range(0, n).mapToObj(SyntheticData::modelArts).toList(),
                IntStream.range(0, n).mapToObj(SyntheticData::workspace).toList(),
                n == 0 ? List.of() : List.of(new HssRecord(HSS_IMAGE_ID, HssImageType.CICD, null, null, null, null,
                        IntStream.range(0, n).mapToObj(SyntheticData::basicImage).toList())),
                IntStream.range(0, n).mapToObj(SyntheticData::swr).toList());
    }

    private static ModelArtsRecord modelArts(int i) {
        long created = millis(i);
        ImageGroup group = new ImageGroup()
                .name(String.format("synthetic-image-%06d", i))
                .namespace("synthetic-ns-" + i % 10)
                .createAt(created)
                .updateAt(created + HOUR_MILLIS)
                .versionCount(1 + i % 5);
        ImageServiceType[] serviceTypes = ImageServiceType.values();
        return new ModelArtsRecord(i % 2 == 0 ? ImageGroupType.DEDICATED : ImageGroupType.BUILD_IN,
                serviceTypes[i % serviceTypes.length], null, group);
    }

    private static ImageServer workspace(int i) {
        OffsetDateTime created = OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis(i)), ZoneOffset.UTC);
        return new ImageServer()
                .id(String.valueOf(900_000_000_000_000_000L + i))
                .name(String.format("synthetic_instance_%06d", i))
                .status(i % 3 == 0 ? ImageServerStatus.ACTIVE : ImageServerStatus.BUILT)
                .createTime(created)
                .updateTime(created.plusHours(1))
                .enterpriseProjectId("0");
    }

    private static ImageBasicImageInfo basicImage(int i) {
        return new ImageBasicImageInfo()
                .osName(i % 2 == 0 ? "Debian" : "Ubuntu")
                .osVersion(String.valueOf(10 + i % 3))
                .layerDigest(String.format("sha256:%064x", i));
    }

    private static SwrRecord swr(int i) {
        String name = String.format("synthetic-repo-%06d", i);
        String created = Instant.ofEpochMilli(millis(i)).toString();
        SharedRepository repository = new SharedRepository()
                .name(name)
                .category(RepositoryCategory.OTHER)
                .namespace("synthetic")
                .domainName("synthetic-domain")
                .path("swr.example.com/synthetic/" + name)
                .internalPath("swr.internal.example.com/synthetic/" + name)
                .size(1024L * (i + 1))
                .isPublic(false)
                .numImages(1L + i % 4)
                .numDownload((long) i)
                .createdAt(created)
                .updatedAt(created)
                .tags(List.of("latest"))
                .status(true);
        return new SwrRecord(i % 2 == 0 ? SharedRepositoryCenter.SELF : SharedRepositoryCenter.THIRDPARTY, repository);
    }

    private static long millis(int i) {
        return EPOCH_MILLIS + i * HOUR_MILLIS;
    }
}

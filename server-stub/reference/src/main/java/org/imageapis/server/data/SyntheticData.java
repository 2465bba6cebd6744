package org.imageapis.server.data;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
 *
 * <p>The records are not stored: each list computes record {@code i} when it is read ({@link ComputedList}), so
 * {@code --generate 1000000} costs neither start time nor memory; the server's views and answer caches keep what
 * queries need.
 */
public final class SyntheticData {

    /** The id of the one HSS image the synthetic records belong to. */
    public static final String HSS_IMAGE_ID = "synthetic";

    private static final long EPOCH_MILLIS =
            Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    private static final long HOUR_MILLIS = 3_600_000L;
    private static final ImageServiceType[] SERVICE_TYPES = ImageServiceType.values();

    private SyntheticData() {}

    /**
     * Deterministic synthetic records: the same {@code n} always gives the same records.
     *
     * @param n records per API
     * @return the dataset, its records computed when read
     */
    public static Dataset generate(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of synthetic records must not be negative");
        }
        return new Dataset(
                ComputedList.of(n, SyntheticData::modelArts),
                ComputedList.of(n, SyntheticData::workspace),
                n == 0
                        ? List.of()
                        : List.of(new HssRecord(
                                HSS_IMAGE_ID,
                                HssImageType.CICD,
                                null,
                                null,
                                null,
                                null,
                                ComputedList.of(n, SyntheticData::basicImage))),
                ComputedList.of(n, SyntheticData::swr));
    }

    static ModelArtsRecord modelArts(int i) {
        long created = millis(i);
        ImageGroup group = new ImageGroup()
                .name("synthetic-image-" + zeroPadded(Integer.toString(i), 6))
                .namespace("synthetic-ns-" + i % 10)
                .createAt(created)
                .updateAt(created + HOUR_MILLIS)
                .versionCount(1 + i % 5);
        return new ModelArtsRecord(
                i % 2 == 0 ? ImageGroupType.DEDICATED : ImageGroupType.BUILD_IN,
                SERVICE_TYPES[i % SERVICE_TYPES.length],
                null,
                group);
    }

    static ImageServer workspace(int i) {
        OffsetDateTime created = OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis(i)), ZoneOffset.UTC);
        return new ImageServer()
                .id(String.valueOf(900_000_000_000_000_000L + i))
                .name("synthetic_instance_" + zeroPadded(Integer.toString(i), 6))
                .status(i % 3 == 0 ? ImageServerStatus.ACTIVE : ImageServerStatus.BUILT)
                .createTime(created)
                .updateTime(created.plusHours(1))
                .enterpriseProjectId("0");
    }

    static ImageBasicImageInfo basicImage(int i) {
        return new ImageBasicImageInfo()
                .osName(i % 2 == 0 ? "Debian" : "Ubuntu")
                .osVersion(String.valueOf(10 + i % 3))
                .layerDigest("sha256:" + zeroPadded(Integer.toHexString(i), 64));
    }

    static SwrRecord swr(int i) {
        String name = "synthetic-repo-" + zeroPadded(Integer.toString(i), 6);
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

    /**
     * {@code digits} with leading zeros up to {@code width}: what {@code String.format("%06d")} and
     * {@code "%064x"} give for a non-negative number, at a fraction of the cost (records are computed per read).
     */
    static String zeroPadded(String digits, int width) {
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static long millis(int i) {
        return EPOCH_MILLIS + i * HOUR_MILLIS;
    }
}

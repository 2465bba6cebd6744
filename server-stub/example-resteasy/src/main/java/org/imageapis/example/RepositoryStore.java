package org.imageapis.example;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.imageapis.server.swr.model.RepositoryCategory;
import org.imageapis.server.swr.model.SharedRepository;
import org.imageapis.server.swr.model.SharedRepositoryCenter;

/**
 * The example's data: shared repositories in memory, never changed after start. A real implementation would ask
 * its registry or database here; the resource only needs {@link #all()}.
 */
public final class RepositoryStore {

    /**
     * One shared repository as this server keeps it: the record fields, plus what the API filters on but does not
     * show ({@code center}: whether the caller shares it or it is shared with the caller).
     */
    public record Repository(
            SharedRepositoryCenter center,
            String namespace,
            String name,
            RepositoryCategory category,
            String domainName,
            long numImages,
            String createdAt,
            String updatedAt,
            boolean status) {

        /** The API's view of this record; {@code total_range} depends on the query, so it is filled in per answer. */
        SharedRepository toModel(long totalRange) {
            String path = namespace + "/" + name;
            return new SharedRepository()
                    .name(name)
                    .category(category)
                    .description("")
                    .size(numImages * 50_000_000L)
                    .isPublic(false)
                    .numImages(numImages)
                    .numDownload(numImages * 7)
                    .createdAt(createdAt)
                    .updatedAt(updatedAt)
                    .path("swr.example.com/" + path)
                    .internalPath("swr.internal.example.com/" + path)
                    .domainName(domainName)
                    .namespace(namespace)
                    .tags(IntStream.rangeClosed(1, (int) numImages)
                            .mapToObj(i -> "v" + i)
                            .toList())
                    .status(status)
                    .totalRange(totalRange);
        }
    }

    private final List<Repository> repositories;

    public RepositoryStore(List<Repository> repositories) {
        this.repositories = List.copyOf(repositories);
    }

    /** Twenty-four repositories over two centers, four namespaces and three accounts, with distinct dates. */
    public static RepositoryStore seeded() {
        String[] names = {
            "busybox",
            "nginx",
            "postgres",
            "redis",
            "alpine",
            "python",
            "openjdk",
            "node",
            "mysql",
            "golang",
            "httpd",
            "ubuntu"
        };
        RepositoryCategory[] categories = {
            RepositoryCategory.OTHER,
            RepositoryCategory.APP_SERVER,
            RepositoryCategory.DATABASE,
            RepositoryCategory.DATABASE,
            RepositoryCategory.LINUX,
            RepositoryCategory.LANG,
            RepositoryCategory.LANG,
            RepositoryCategory.LANG,
            RepositoryCategory.DATABASE,
            RepositoryCategory.LANG,
            RepositoryCategory.APP_SERVER,
            RepositoryCategory.LINUX
        };
        String[] namespaces = {"group", "team-a", "ml_models", "ops.tools"};
        String[] domains = {"domain", "partner-one", "partner-two"};
        List<Repository> repositories = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            repositories.add(new Repository(
                    i % 2 == 0 ? SharedRepositoryCenter.SELF : SharedRepositoryCenter.THIRDPARTY,
                    namespaces[i % namespaces.length],
                    names[i % names.length] + (i < names.length ? "" : "-mirror"),
                    categories[i % categories.length],
                    domains[i % domains.length],
                    1 + (i * 5) % 7,
                    String.format("2022-%02d-%02dT08:00:00.000000Z", 1 + i % 12, 1 + i),
                    String.format("2023-%02d-%02dT%02d:30:00.000000Z", 1 + (i * 7) % 12, 1 + i, i % 24),
                    i % 3 != 0));
        }
        return new RepositoryStore(repositories);
    }

    /** Every repository, in the store's order (the order of answers without {@code order_column}). */
    public List<Repository> all() {
        return repositories;
    }
}

package org.imageapis.registry;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The APIs of this project, as the build read them from the spec bundles ({@code GeneratedApis}, written at build
 * time into {@code target/generated-sources}). Every list of the APIs in the other modules comes from here, so that
 * adding a spec adds the API everywhere; this jar needs nothing else at run time.
 */
public final class ApiRegistry {

    private ApiRegistry() {}

    /** Every API, ordered by the bundles' file names. */
    public static List<ApiEntry> apis() {
        return GeneratedApis.ALL;
    }

    /** The API with the given id ({@code swr}). */
    public static ApiEntry byId(String id) {
        return find(id).orElseThrow(() ->
                new IllegalArgumentException("unknown API '" + id + "'; known APIs: " + String.join(", ", ids())));
    }

    /** The API with the given id, if there is one. */
    public static Optional<ApiEntry> find(String id) {
        return GeneratedApis.ALL.stream().filter(api -> api.id().equals(id)).findFirst();
    }

    /** The API with an operation at {@code path} (decoded, without query), if there is one. */
    public static Optional<ApiEntry> forPath(String path) {
        return GeneratedApis.ALL.stream().filter(api -> api.serves(path)).findFirst();
    }

    /** The ids of every API, in order. */
    public static List<String> ids() {
        return GeneratedApis.ALL.stream().map(ApiEntry::id).collect(Collectors.toUnmodifiableList());
    }
}

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

    /** @return every API, ordered by the bundles' file names */
    public static List<ApiEntry> apis() {
        return GeneratedApis.ALL;
    }

    /**
     * @param id an API id, such as {@code swr}
     * @return the API with that id
     * @throws IllegalArgumentException when there is none, naming the known ids
     */
    public static ApiEntry byId(String id) {
        return find(id).orElseThrow(() ->
                new IllegalArgumentException("unknown API '" + id + "'; known APIs: " + String.join(", ", ids())));
    }

    /**
     * @param id an API id, such as {@code swr}
     * @return the API with that id, if there is one
     */
    public static Optional<ApiEntry> find(String id) {
        return GeneratedApis.ALL.stream().filter(api -> api.id().equals(id)).findFirst();
    }

    /**
     * @param path a request path, decoded, without query
     * @return the API with an operation at that path, if there is one
     */
    public static Optional<ApiEntry> forPath(String path) {
        return GeneratedApis.ALL.stream().filter(api -> api.serves(path)).findFirst();
    }

    /** @return the ids of every API, in order */
    public static List<String> ids() {
        return GeneratedApis.ALL.stream().map(ApiEntry::id).collect(Collectors.toUnmodifiableList());
    }
}

package org.imageapis.server.control;

import org.imageapis.registry.ApiRegistry;
import org.imageapis.specs.Specs;

/** Which API a request path belongs to, by the path alone (any method), as the registry routes it. */
public final class ApiRoutes {

    private ApiRoutes() {}

    /**
     * The API whose operation is at {@code path} (without query), or null for any other path.
     *
     * @param path the request path, decoded, without query
     * @return the API, or null
     */
    public static Specs.Api apiOf(String path) {
        if (path == null) {
            return null;
        }
        return ApiRegistry.forPath(path).map(api -> Specs.Api.fromId(api.id())).orElse(null);
    }
}

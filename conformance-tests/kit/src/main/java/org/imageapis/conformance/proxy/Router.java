package org.imageapis.conformance.proxy;

import java.util.EnumMap;
import java.util.Map;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.specs.Specs;

/**
 * Sends a request to the API whose spec has an operation at its path, and so to that API's upstream; a path of no
 * selected API goes to the default upstream, unvalidated but reported.
 */
final class Router {

    /**
     * Where one request goes.
     *
     * @param api       the API whose spec has the path, or {@code null} for a path of no selected API
     * @param validator that API's validator, or {@code null}
     * @param upstream  where the request is forwarded
     */
    record Route(Specs.Api api, ConformanceValidator validator, Upstream upstream) {}

    private final Map<Specs.Api, Route> routes;
    private final Route unknown;

    Router(
            Map<Specs.Api, ConformanceValidator> validators,
            Upstream defaultUpstream,
            Map<Specs.Api, Upstream> upstreams) {
        this.routes = new EnumMap<>(Specs.Api.class);
        validators.forEach((api, validator) ->
                routes.put(api, new Route(api, validator, upstreams.getOrDefault(api, defaultUpstream))));
        this.unknown = new Route(null, null, defaultUpstream);
    }

    /** The route of a request target; only its path counts. */
    Route route(String target) {
        String path = pathOf(target);
        for (Route route : routes.values()) {
            if (route.validator().hasPath(path)) {
                return route;
            }
        }
        return unknown;
    }

    /** The path of a request target: what comes before the query. */
    static String pathOf(String target) {
        int query = target.indexOf('?');
        return query >= 0 ? target.substring(0, query) : target;
    }

    /** The selected APIs with their upstreams, for the start-up line. */
    Map<Specs.Api, Upstream> upstreams() {
        Map<Specs.Api, Upstream> upstreams = new EnumMap<>(Specs.Api.class);
        routes.forEach((api, route) -> upstreams.put(api, route.upstream()));
        return upstreams;
    }
}

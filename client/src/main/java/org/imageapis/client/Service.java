package org.imageapis.client;

import java.util.Locale;
import org.imageapis.registry.ApiEntry;
import org.imageapis.registry.ApiRegistry;

/**
 * The services, each with its own endpoint: one per API of the registry, whose facts (name, servers) come from the
 * API's spec. The constants are written here because an enum's constants are its public surface; a test fails
 * when the registry has an API without a constant.
 */
public enum Service {
    MODELARTS,
    WORKSPACE,
    HSS,
    SWR;

    private final ApiEntry api = ApiRegistry.byId(name().toLowerCase(Locale.ROOT));

    /** The provider's name of the service, such as {@code SoftWare Repository for Container}. */
    public String displayName() {
        return api.serviceName();
    }

    /** The registry's facts about the service's API. */
    ApiEntry api() {
        return api;
    }
}

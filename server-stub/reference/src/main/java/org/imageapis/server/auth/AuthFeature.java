package org.imageapis.server.auth;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/** Puts {@link AuthFilter} in front of every resource class marked {@link Authenticated}. */
public final class AuthFeature implements DynamicFeature {

    private final AuthFilter filter;

    /** @param filter the filter put on every API resource method */
    public AuthFeature(AuthFilter filter) {
        this.filter = filter;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (resourceInfo.getResourceClass().isAnnotationPresent(Authenticated.class)) {
            context.register(filter);
        }
    }
}

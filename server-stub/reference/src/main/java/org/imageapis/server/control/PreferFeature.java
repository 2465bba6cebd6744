package org.imageapis.server.control;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import org.imageapis.server.auth.Authenticated;

/** Puts {@link PreferFilter} in front of the four APIs' resources (those marked {@link Authenticated}). */
public final class PreferFeature implements DynamicFeature {

    private final PreferFilter filter = new PreferFilter();

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (resourceInfo.getResourceClass().isAnnotationPresent(Authenticated.class)) {
            context.register(filter);
        }
    }
}

package org.imageapis.server.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Remembers the method as the client sent it, for {@link AuthFilter}: Jersey serves a {@code HEAD} with the
 * {@code GET} resource method and reports {@code GET} after matching, but the client signed {@code HEAD}.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
public final class SentMethodFilter implements ContainerRequestFilter {

    private static final String PROPERTY = SentMethodFilter.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(PROPERTY, request.getMethod());
    }

    /** The method the client sent. */
    static String sentMethod(ContainerRequestContext request) {
        Object method = request.getProperty(PROPERTY);
        return method == null ? request.getMethod() : method.toString();
    }
}

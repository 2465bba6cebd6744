package org.imageapis.example;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.UUID;

/**
 * Puts an {@code X-Request-Id} on every response the runtime writes: answers, errors from the exception mappers,
 * requests the auth filter refused, unknown routes. A response filter, not a request filter, because a request
 * that matches no resource still gets a response. {@link ErrorMapper} sets the id itself on a 500, to log it.
 */
public final class RequestIdFilter implements ContainerResponseFilter {

    static final String HEADER = "X-Request-Id";

    static String newId() {
        return UUID.randomUUID().toString();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HEADER)) {
            response.getHeaders().putSingle(HEADER, newId());
        }
    }
}

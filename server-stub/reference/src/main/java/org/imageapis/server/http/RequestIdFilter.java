package org.imageapis.server.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Gives every request an id, answered in {@code X-Request-Id} on every response, errors included. */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** The header every answer carries, the id support asks for. */
    public static final String HEADER = "X-Request-Id";

    private static final String PROPERTY = RequestIdFilter.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(PROPERTY, newId());
    }

    /** A new request id: unique enough to find a request in the logs. */
    static String newId() {
        // UUID.randomUUID() would serialise every request on the shared SecureRandom.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, requestId(request));
    }

    static String requestId(ContainerRequestContext request) {
        Object id = request.getProperty(PROPERTY);
        return id == null ? "unknown" : id.toString();
    }
}

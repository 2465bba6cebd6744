package org.imageapis.example;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Answers 400 when the request target is not a URI, such as a malformed percent-escape in {@code ?offset=%zz},
 * before anything reads the query. RESTEasy parses the target only when asked; left alone, the first reader fails
 * with an {@code IllegalArgumentException}: a 500 from the signature check, which reads the whole query. (Jetty lets
 * such targets through; a runtime that parses the target up front fails earlier, and its answer needs the same care.
 * The conformance kit's fuzz check found this one.)
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class MalformedTargetFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            request.getUriInfo().getRequestUri();
            request.getUriInfo().getQueryParameters(true);
        } catch (IllegalArgumentException e) {
            request.abortWith(Errors.error(400, "The request target is not a valid URI: check its percent-encoding.")
                    .build());
        }
    }
}

package org.imageapis.server.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.imageapis.server.http.ErrorResponses;
import org.imageapis.specs.Specs;

/**
 * Answers what the request's {@code Prefer} header asks for, once the request is authenticated (this filter runs
 * after {@code AuthFilter}) and before its parameters are read:
 *
 * <ul>
 *   <li>{@code code=NNN}: a status the operation documents, by its own entry, its range ({@code 4XX}) or, for a
 *       4xx or 5xx, {@code default}. The body is the first example of the status's own entry, else a generated
 *       {@code ErrorResponse} ({@code <SERVICE>.0NNN}).</li>
 *   <li>{@code example=NAME}: that named example of the 200 response, or of {@code code}'s own entry.</li>
 *   <li>{@code delay=MS}: applied in front of Jersey by {@link ControlHandler}; alone, the normal answer.</li>
 * </ul>
 *
 * A header the server does not accept is a 400 {@code <SERVICE>.0400} whose message names the problem. The
 * header the spec names as the total ({@code x-paging.total-header}, SWR's {@code Content-Range}) is computed from
 * an example array. Every answer carries {@code X-Request-Id} as usual.
 */
@Priority(Priorities.AUTHENTICATION + 100)
public final class PreferFilter implements ContainerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        List<String> values = request.getHeaders().get(Prefer.HEADER);
        if (values == null) {
            return;
        }
        Specs.Api api = ApiRoutes.apiOf(request.getUriInfo().getRequestUri().getRawPath());
        if (api == null) {
            return;
        }
        Prefer prefer;
        try {
            prefer = Prefer.parse(values);
        } catch (Prefer.InvalidPreferException e) {
            reject(request, e.getMessage());
            return;
        }
        if (prefer.code() == null && prefer.example() == null) {
            return;
        }
        SpecExamples.Operation operation = SpecExamples.of(api);
        int status = prefer.code() == null ? 200 : prefer.code();
        Optional<SpecExamples.DocumentedResponse> documented = operation.documenting(status);
        if (documented.isEmpty()) {
            reject(
                    request,
                    "code=" + status + " is not a status " + operation.id() + " documents; it documents "
                            + operation.documentedList());
            return;
        }
        SpecExamples.DocumentedResponse response = documented.get();
        byte[] body;
        if (prefer.example() != null) {
            body = response.isExactly(status) ? response.examples().get(prefer.example()) : null;
            if (body == null) {
                reject(
                        request,
                        "example=" + prefer.example() + " is not an example of the " + status
                                + " response of " + operation.id() + "; "
                                + (response.isExactly(status)
                                                && !response.examples().isEmpty()
                                        ? "its examples are "
                                                + String.join(
                                                        ", ",
                                                        response.examples().keySet())
                                        : "that response has no named examples"));
                return;
            }
        } else if (response.isExactly(status) && !response.examples().isEmpty()) {
            body = response.examples().values().iterator().next();
        } else {
            request.abortWith(ErrorResponses.error(
                            status,
                            request.getUriInfo(),
                            "The answer the request's Prefer header asked for (code=" + status + ").")
                    .build());
            return;
        }
        Response.ResponseBuilder answer =
                Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        if (operation.totalHeader() != null && response.headers().contains(operation.totalHeader())) {
            JsonNode items = JSON.readTree(body);
            if (items.isArray()) {
                answer.header(operation.totalHeader(), "0-" + items.size() + "/" + items.size());
            }
        }
        request.abortWith(answer.build());
    }

    private static void reject(ContainerRequestContext request, String problem) {
        request.abortWith(ErrorResponses.error(400, request.getUriInfo(), "Invalid Prefer header: " + problem + ".")
                .build());
    }
}

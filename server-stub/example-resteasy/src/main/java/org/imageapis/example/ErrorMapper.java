package org.imageapis.example;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.imageapis.server.swr.model.ErrorResponse;

/**
 * Turns every other failure into the error body: the runtime's 404 (no resource matches) and 405 (the path exists,
 * the method does not; with {@code Allow}), the 400s the code throws ({@link Errors#badRequest}, whose message names
 * the parameter), the runtime's other client errors, and anything unexpected: a 500 whose stack trace goes to the
 * log only, under the request id the caller gets.
 */
public final class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(ErrorMapper.class.getName());

    /** Injected per request by the runtime (a proxy: the mapper is shared by all requests). */
    @Context
    private Request request;

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof NotFoundException) {
            return Errors.error(404, "No API matches " + request.getMethod() + " on this path.")
                    .build();
        }
        if (exception instanceof NotAllowedException notAllowed) {
            return Errors.error(405, "Method " + request.getMethod() + " is not allowed on this path.")
                    .header(HttpHeaders.ALLOW, notAllowed.getResponse().getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        if (exception instanceof WebApplicationException web
                && web.getResponse().getStatus() < 500) {
            if (web.getResponse().getEntity() instanceof ErrorResponse) {
                return web.getResponse(); // thrown with its body already, by Errors.badRequest
            }
            // The runtime's own (406, 415, ...): their messages are for developers, so say only what happened.
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Errors.error(status.getStatusCode(), status.getReasonPhrase() + ".")
                    .build();
        }
        String requestId = RequestIdFilter.newId();
        LOG.log(System.Logger.Level.ERROR, "Request " + requestId + " failed", exception);
        return Errors.error(500, "An internal error occurred; quote the X-Request-Id header when reporting it.")
                .header(RequestIdFilter.HEADER, requestId)
                .build();
    }
}

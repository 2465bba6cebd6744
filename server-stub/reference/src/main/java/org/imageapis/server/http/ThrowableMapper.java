package org.imageapis.server.http;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.glassfish.jersey.server.ParamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every other failure as an error body: parameter conversion failures are 400 (not JAX-RS's 404),
 * unknown routes 404, wrong methods 405, other HTTP exceptions keep their status, and anything
 * unexpected is a 500 whose stack trace goes to the log only.
 */
public final class ThrowableMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ThrowableMapper.class);

    @Context
    private UriInfo uriInfo;

    /**
     * A provider, not the context itself: the mapper is a singleton, and an injected {@code ContainerRequestContext}
     * would stay the first request's ({@code UriInfo} is proxied per request, the request context is not).
     */
    @Inject
    private Provider<ContainerRequestContext> requests;

    @Override
    public Response toResponse(Throwable exception) {
        ContainerRequestContext request = requests.get();
        if (exception instanceof ParamException param) {
            return ErrorResponses.error(
                            400,
                            uriInfo,
                            "Invalid value for parameter " + param.getParameterName() + reason(param.getCause()))
                    .build();
        }
        if (exception instanceof NotFoundException) {
            return ErrorResponses.error(
                            404, uriInfo, "No API matches " + request.getMethod() + " /" + uriInfo.getPath(true) + ".")
                    .build();
        }
        if (exception instanceof NotAllowedException notAllowed) {
            return ErrorResponses.error(405, uriInfo, "Method " + request.getMethod() + " is not allowed on this path.")
                    .header(HttpHeaders.ALLOW, notAllowed.getResponse().getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        if (exception instanceof WebApplicationException web
                && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return ErrorResponses.error(status.getStatusCode(), uriInfo, messageOf(web, status))
                    .build();
        }
        LOG.error(
                "Request {} {} failed (request id {})",
                request.getMethod(),
                uriInfo.getRequestUri().getPath(),
                RequestIdFilter.requestId(request),
                exception);
        return ErrorResponses.error(
                        500, uriInfo, "An internal error occurred; quote the X-Request-Id header when reporting it.")
                .build();
    }

    /** Application code throws with a message for the caller; Jersey's own are "HTTP 406 Not Acceptable". */
    private static String messageOf(WebApplicationException exception, Response.StatusType status) {
        String message = exception.getMessage();
        return message == null || message.startsWith("HTTP " + status.getStatusCode())
                ? status.getReasonPhrase() + "."
                : message;
    }

    private static String reason(Throwable cause) {
        if (cause instanceof NumberFormatException) {
            return ": not a number.";
        }
        return cause instanceof IllegalArgumentException && cause.getMessage() != null
                ? ": " + cause.getMessage() + "."
                : ".";
    }
}

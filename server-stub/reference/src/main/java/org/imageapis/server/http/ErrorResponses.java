package org.imageapis.server.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds the {@code {"error_code", "error_msg"}} responses. */
public final class ErrorResponses {

    private ErrorResponses() {}

    /**
     * An error for the request at {@code uriInfo}.
     *
     * @param status  the HTTP status
     * @param uriInfo the request, whose path picks the error code
     * @param message the {@code error_msg}
     * @return the response, to add headers to
     */
    public static Response.ResponseBuilder error(int status, UriInfo uriInfo, String message) {
        return error(status, "/" + uriInfo.getPath(true), message);
    }

    /**
     * An error for a request to {@code path}.
     *
     * @param status  the HTTP status
     * @param path    the decoded path, with leading {@code /}; it picks the error code
     * @param message the {@code error_msg}
     * @return the response, to add headers to
     */
    public static Response.ResponseBuilder error(int status, String path, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(ErrorCodes.forStatus(status, path), message));
    }
}

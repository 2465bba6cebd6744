package org.imageapis.server.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds the {@code {"error_code", "error_msg"}} responses. */
public final class ErrorResponses {

    private ErrorResponses() {}

    public static Response.ResponseBuilder error(int status, UriInfo uriInfo, String message) {
        return error(status, "/" + uriInfo.getPath(true), message);
    }

    public static Response.ResponseBuilder error(int status, String path, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(ErrorCodes.forStatus(status, path), message));
    }
}

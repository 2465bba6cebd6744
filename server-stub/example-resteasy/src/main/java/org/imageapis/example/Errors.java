package org.imageapis.example;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.imageapis.server.swr.model.ErrorResponse;

/**
 * The error body every image API answers, {@code {"error_code", "error_msg"}} (the generated
 * {@link ErrorResponse}), with the codes the reference server uses: the API gateway's for authentication and unknown
 * routes, {@code SWR.0<status>} for the rest.
 */
final class Errors {

    static final String UNAUTHORIZED = "APIGW.0301";
    static final String NO_SUCH_ROUTE = "APIGW.0101";

    private Errors() {}

    /** A 400 to throw from anywhere in the request; {@link ErrorMapper} answers it as it is. */
    static BadRequestException badRequest(String message) {
        return new BadRequestException(error(400, message).build());
    }

    static Response.ResponseBuilder error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(status, message));
    }

    static ErrorResponse body(int status, String message) {
        String code = switch (status) {
            case 401 -> UNAUTHORIZED;
            case 404 -> NO_SUCH_ROUTE;
            default -> String.format("SWR.%04d", status);
        };
        return new ErrorResponse().errorCode(code).errorMsg(message);
    }
}

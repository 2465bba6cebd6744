package org.imageapis.server.http;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Bean Validation failures of request parameters: 400 naming each parameter (Jersey names method
 * parameters after their {@code @QueryParam}/{@code @HeaderParam}). Replaces Jersey's own mapper.
 */
public final class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        String message = exception.getConstraintViolations().stream()
                .map(ConstraintViolationMapper::describe)
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("; "));
        return ErrorResponses.error(400, uriInfo, message).build();
    }

    private static String describe(ConstraintViolation<?> violation) {
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            parameter = node.getName();
        }
        return "Invalid value for parameter " + parameter + ": " + violation.getMessage() + ".";
    }
}

package org.imageapis.example;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.stream.Collectors;

/**
 * A parameter that breaks a constraint of the generated interface ({@code @Pattern}, {@code @Size}, ...): 400,
 * naming each parameter as the request does. The names come from {@link QueryParameterNames}. This mapper is more
 * specific than the one RESTEasy brings for {@code ValidationException}, so it wins.
 */
public final class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        String message = exception.getConstraintViolations().stream()
                .map(ConstraintViolationMapper::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return Errors.error(400, message).build();
    }

    /** Such as {@code Invalid value for parameter limit: must match "^(?:[0-9]{1,3}|1000)$".} */
    private static String describe(ConstraintViolation<?> violation) {
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            parameter = node.getName(); // the last node is the parameter
        }
        return "Invalid value for parameter " + parameter + ": " + violation.getMessage() + ".";
    }
}

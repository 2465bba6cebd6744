package org.imageapis.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.imageapis.client.errors.BadRequestException;
import org.imageapis.client.errors.ClientErrorException;
import org.imageapis.client.errors.ErrorDetails;
import org.imageapis.client.errors.ForbiddenException;
import org.imageapis.client.errors.NotFoundException;
import org.imageapis.client.errors.ServerErrorException;
import org.imageapis.client.errors.ServiceException;
import org.imageapis.client.errors.TooManyRequestsException;
import org.imageapis.client.errors.UnauthorizedException;

/** Turns an error response into the exception for its status. */
final class ErrorMapper {

    private final ObjectMapper mapper;

    ErrorMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ServiceException map(String call, int status, String requestId, byte[] body) {
        String rawBody = new String(body, StandardCharsets.UTF_8);
        JsonNode error = errorObject(body);
        ErrorDetails details = new ErrorDetails(
                call,
                status,
                text(error, "error_code", "code"),
                text(error, "error_msg", "message"),
                requestId,
                rawBody);
        return exceptionFor(status).apply(details);
    }

    private static Function<ErrorDetails, ServiceException> exceptionFor(int status) {
        return switch (status) {
            case 400 -> BadRequestException::new;
            case 401 -> UnauthorizedException::new;
            case 403 -> ForbiddenException::new;
            case 404 -> NotFoundException::new;
            case 429 -> TooManyRequestsException::new;
            default ->
                status >= 500
                        ? ServerErrorException::new
                        : status >= 400 ? ClientErrorException::new : ServiceException::new;
        };
    }

    /** The object holding the error fields: the body itself, or its {@code error} member as some gateways send. */
    private JsonNode errorObject(byte[] body) {
        try {
            JsonNode root = mapper.readTree(body);
            if (root == null || !root.isObject()) {
                return null;
            }
            JsonNode nested = root.get("error");
            return nested != null && nested.isObject() ? nested : root;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String text(JsonNode error, String name, String alternative) {
        if (error == null) {
            return null;
        }
        JsonNode value = error.hasNonNull(name) ? error.get(name) : error.get(alternative);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}

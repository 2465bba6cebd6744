package org.imageapis.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A response to check: which operation answered, the status, the headers and the JSON body.
 *
 * @param operation   the operation that produced the response
 * @param status      the HTTP status code
 * @param headers     the response headers
 * @param contentType the {@code Content-Type}, if known; otherwise the JSON media type of the response is assumed
 * @param body        the parsed JSON body, or {@code null} when the response has none
 */
public record RecordedResponse(OperationKey operation, int status, Headers headers, String contentType, JsonNode body) {

    public RecordedResponse {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(headers, "headers");
    }

    /** A response of {@code operation} with this status and JSON body, no headers and the default content type. */
    public static RecordedResponse of(OperationKey operation, int status, JsonNode body) {
        return new RecordedResponse(operation, status, Headers.none(), null, body);
    }

    /** This response with one more header. */
    public RecordedResponse withHeader(String name, String value) {
        return new RecordedResponse(operation, status, headers.with(name, value), contentType, body);
    }

    /** This response with a {@code Content-Type}. */
    public RecordedResponse withContentType(String newContentType) {
        return new RecordedResponse(operation, status, headers, newContentType, body);
    }

    /** The body, if there is one. */
    public Optional<JsonNode> optionalBody() {
        return Optional.ofNullable(body);
    }
}

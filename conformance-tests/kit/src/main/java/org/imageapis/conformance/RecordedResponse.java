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

    /**
     * Requires the operation and the headers.
     *
     * @param operation   the operation that produced the response
     * @param status      the HTTP status code
     * @param headers     the response headers
     * @param contentType the {@code Content-Type}, or null
     * @param body        the parsed JSON body, or null
     */
    public RecordedResponse {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(headers, "headers");
    }

    /**
     * A response of {@code operation} with this status and JSON body, no headers and the default content type.
     *
     * @param operation the operation that produced the response
     * @param status the HTTP status code
     * @param body the parsed JSON body, or null
     * @return a JSON response without headers
     */
    public static RecordedResponse of(OperationKey operation, int status, JsonNode body) {
        return new RecordedResponse(operation, status, Headers.none(), null, body);
    }

    /**
     * This response with one more header.
     *
     * @param name the header's name
     * @param value its value
     * @return the same response with the header added
     */
    public RecordedResponse withHeader(String name, String value) {
        return new RecordedResponse(operation, status, headers.with(name, value), contentType, body);
    }

    /**
     * This response with a {@code Content-Type}.
     *
     * @param newContentType the {@code Content-Type}
     * @return the same response with that content type
     */
    public RecordedResponse withContentType(String newContentType) {
        return new RecordedResponse(operation, status, headers, newContentType, body);
    }

    /** @return the body, if there is one */
    public Optional<JsonNode> optionalBody() {
        return Optional.ofNullable(body);
    }
}

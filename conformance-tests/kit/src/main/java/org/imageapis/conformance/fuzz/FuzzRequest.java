package org.imageapis.conformance.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One generated request, as sent: the raw request target and headers.
 *
 * @param operationId the operation it was derived from
 * @param mutation    what was done to the valid baseline ({@code none} for a request meant to be valid)
 * @param method      the HTTP method
 * @param target      the raw request target, sent byte for byte
 * @param headers     the headers, in order (repeats allowed)
 * @param credentialed whether it carries an accepted token
 */
public record FuzzRequest(String operationId, String mutation, String method, String target,
                   List<Map.Entry<String, String>> headers, boolean credentialed) {

    /** The size of the request line and headers as sent (the client adds a {@code Host} header of ~30 bytes). */
    public int headerBytes() {
        int size = method.length() + target.getBytes(StandardCharsets.UTF_8).length + 64;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().getBytes(StandardCharsets.UTF_8).length + 4;
        }
        return size;
    }

    @Override
    public String toString() {
        String shown = target.length() > 300 ? target.substring(0, 300) + "…(" + target.length() + " chars)" : target;
        return "[" + operationId + " / " + mutation + "] " + method + " " + shown;
    }
}

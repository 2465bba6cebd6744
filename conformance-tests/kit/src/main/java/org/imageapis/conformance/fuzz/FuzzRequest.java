package org.imageapis.conformance.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.imageapis.conformance.http.Auth;

/**
 * One generated request, as it is to be sent: the raw request target (path and query, without the server's base
 * path) and headers, and the credentials it is meant to carry. The sender adds the credentials.
 *
 * @param operationId the operation it was derived from
 * @param mutation    what was done to the valid baseline
 * @param method      the HTTP method
 * @param target      the raw request target, sent byte for byte
 * @param headers     the headers, in order (repeats allowed), without credentials unless {@code auth} is
 *                    {@link Auth#IN_HEADERS}, in which case they hold the invalid ones
 * @param auth        the credentials the request is meant to carry
 */
public record FuzzRequest(
        String operationId,
        Mutation mutation,
        String method,
        String target,
        List<Map.Entry<String, String>> headers,
        Auth auth) {

    /**
     * Copies the headers.
     *
     * @param operationId the operation it was derived from
     * @param mutation    what was done to the baseline
     * @param method      the HTTP method
     * @param target      the raw request target
     * @param headers     the headers, copied
     * @param auth        the credentials the request is meant to carry
     */
    public FuzzRequest {
        headers = List.copyOf(headers);
    }

    /** @return the size of the request line and headers as sent, give or take the {@code Host} and credential headers */
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

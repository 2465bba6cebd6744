package org.imageapis.client.errors;

import java.util.Objects;

/**
 * What is known about an error response, and the one place its message is worded.
 *
 * @param call     the call, such as {@code GET https://swr-api.eu-de.otc.t-systems.com/v2/manage/shared-repositories}
 *                 (no query, no headers)
 * @param status    the HTTP status of the error response
 * @param errorCode the provider's error code ({@code error_code} or {@code code}), or null
 * @param errorMsg  the provider's error message ({@code error_msg} or {@code message}), or null
 * @param requestId the {@code X-Request-Id} response header, or null
 * @param rawBody  the body as received, {@code ""} when empty
 */
public record ErrorDetails(
        String call, int status, String errorCode, String errorMsg, String requestId, String rawBody) {

    /**
     * Requires the call and the body, which every message and exception shows.
     *
     * @param call      the call
     * @param status    the HTTP status
     * @param errorCode the provider's error code, or null
     * @param errorMsg  the provider's error message, or null
     * @param requestId the {@code X-Request-Id} response header, or null
     * @param rawBody   the body as received
     */
    public ErrorDetails {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(rawBody, "rawBody");
    }

    /**
     * @return the exception's message, for example
     *     {@code GET https://… failed with HTTP 404 [SWR.0001] no such repository (request id 3f…)}
     */
    public String message() {
        StringBuilder message =
                new StringBuilder(call).append(" failed with HTTP ").append(status);
        if (errorCode != null) {
            message.append(" [").append(errorCode).append(']');
        }
        if (errorMsg != null) {
            message.append(' ').append(errorMsg);
        }
        if (requestId != null) {
            message.append(" (request id ").append(requestId).append(')');
        }
        return message.toString();
    }
}

package org.imageapis.conformance;

import java.util.Locale;
import java.util.Objects;

/**
 * A request to check: method, request target and headers. The target is a path with an optional query
 * ({@code /v1/p1/images/group?limit=10}) or a full URL, whose scheme and authority are ignored, so a
 * doc-style {@code https://{endpoint}/v1/...} works as well.
 *
 * @param method  the HTTP method
 * @param target  the request target
 * @param headers the request headers
 */
public record RecordedRequest(String method, String target, Headers headers) {

    /**
     * Upper-cases the method.
     *
     * @param method  the HTTP method, in any case
     * @param target  the request target
     * @param headers the request headers
     */
    public RecordedRequest {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(headers, "headers");
    }

    /**
     * Parses a recorded request line such as {@code GET /v5/p1/image/111/basic-image?image_type=cicd}; a trailing
     * HTTP version ({@code HTTP/1.1}) is ignored.
     *
     * @param line the request line
     * @return the request, without headers
     * @throws IllegalArgumentException if the line is not a method followed by a target
     */
    public static RecordedRequest parse(String line) {
        String[] parts = line.trim().split("\\s+");
        boolean withVersion = parts.length == 3 && parts[2].startsWith("HTTP/");
        if (parts.length != 2 && !withVersion || !parts[0].matches("[A-Za-z]+")) {
            throw new IllegalArgumentException(
                    "not a request line (expected 'METHOD /path?query'): '" + line.strip() + "'");
        }
        return new RecordedRequest(parts[0], parts[1], Headers.none());
    }

    /**
     * This request with one more header.
     *
     * @param name the header's name
     * @param value its value
     * @return the request with the header added
     */
    public RecordedRequest withHeader(String name, String value) {
        return new RecordedRequest(method, target, headers.with(name, value));
    }

    @Override
    public String toString() {
        return method + " " + target + " " + headers;
    }
}

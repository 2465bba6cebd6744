package org.imageapis.server.http;

/** Why the HTTP codec refused a request before any handler saw it: the status and message it answers. */
enum CodecError {
    REQUEST_LINE_TOO_LONG(
            414, "The request line is longer than %d bytes, the server's limit for the request line and headers."),
    HEADERS_TOO_LARGE(431, "The request line and headers are longer than %d bytes together, the server's limit."),
    TOO_MANY_HEADERS(431, "The request has more than %2$d headers, the server's limit."),
    UNSUPPORTED_VERSION(505, "The HTTP version is not supported: send HTTP/1.1 or HTTP/1.0."),
    MALFORMED_REQUEST_LINE(400, "The request line is malformed: it must read 'METHOD target HTTP/1.1'."),
    MISSING_HOST(400, "The request has no Host header, which HTTP/1.1 requires."),
    BAD_CONTENT_LENGTH(400, "The Content-Length header is not a decimal number of bytes."),
    CONFLICTING_CONTENT_LENGTHS(400, "The request has Content-Length headers with different values."),
    MALFORMED_HEADERS(400, "The request headers are malformed."),
    MALFORMED_BODY(400, "The request body is malformed: its chunked encoding is invalid.");

    private final int status;
    private final String message;

    CodecError(int status, String message) {
        this.status = status;
        this.message = message;
    }

    int status() {
        return status;
    }

    /** The message, naming the limit where one was exceeded. */
    String message(int maxHeadBytes, int maxHeaders) {
        return String.format(message, maxHeadBytes, maxHeaders);
    }
}

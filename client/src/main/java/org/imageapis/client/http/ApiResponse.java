package org.imageapis.client.http;

import java.net.http.HttpHeaders;
import java.util.Optional;

/** A success response, body not yet mapped. */
public record ApiResponse(String call, int status, HttpHeaders headers, byte[] body) {

    /**
     * @param name a header name, in any case
     * @return the header's first value, if the response has it
     */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** @return the {@code X-Request-Id} header, which the provider's support asks for */
    public Optional<String> requestId() {
        return header(Transport.X_REQUEST_ID);
    }
}

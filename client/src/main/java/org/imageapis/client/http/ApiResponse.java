package org.imageapis.client.http;

import java.net.http.HttpHeaders;
import java.util.Optional;

/** A success response, body not yet mapped. */
public record ApiResponse(String call, int status, HttpHeaders headers, byte[] body) {

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public Optional<String> requestId() {
        return header(Transport.X_REQUEST_ID);
    }
}

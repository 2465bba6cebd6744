package org.imageapis.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A response as the tests look at it. */
record HttpResult(int status, String body, HttpResponse<String> raw) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static HttpResult of(HttpResponse<String> response) {
        return new HttpResult(response.statusCode(), response.body(), response);
    }

    Optional<String> header(String name) {
        return raw.headers().firstValue(name);
    }

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    String errorCode() {
        return json().path("error_code").asText();
    }

    String errorMessage() {
        return json().path("error_msg").asText();
    }
}

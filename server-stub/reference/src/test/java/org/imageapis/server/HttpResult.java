package org.imageapis.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A response as the tests look at it. */
record HttpResult(int status, String body, HttpHeaders headers) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static HttpResult of(HttpResponse<String> response) {
        return new HttpResult(response.statusCode(), response.body(), response.headers());
    }

    /** A response read byte for byte from a socket: status line, headers, and everything after them as the body. */
    static HttpResult parse(byte[] response) {
        String text = new String(response, StandardCharsets.UTF_8);
        int headEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || headEnd < 0) {
            throw new IllegalArgumentException("not an HTTP/1.1 response: " + text);
        }
        String[] lines = text.substring(0, headEnd).split("\r\n");
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        return new HttpResult(
                Integer.parseInt(lines[0].substring(9, 12)),
                text.substring(headEnd + 4),
                HttpHeaders.of(headers, (name, value) -> true));
    }

    Optional<String> header(String name) {
        return headers.firstValue(name);
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

package org.imageapis.conformance.tck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.imageapis.conformance.http.RawHttpClient;

/**
 * One request the kit sent and what came back: a response, or the reason there was none.
 */
public final class Exchange {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CheckName check;
    private final String operationId;
    private final TckRequest request;
    private final RawHttpClient.Response response;
    private final String error;
    private JsonNode json;
    private boolean parsed;
    private boolean notJson;

    Exchange(CheckName check, String operationId, TckRequest request, RawHttpClient.Response response, String error) {
        this.check = check;
        this.operationId = operationId;
        this.request = request;
        this.response = response;
        this.error = error;
    }

    /** @return the check that sent it */
    public CheckName check() {
        return check;
    }

    /** @return the operation it was meant for */
    public String operationId() {
        return operationId;
    }

    /** @return the request sent */
    public TckRequest request() {
        return request;
    }

    /** @return the response, if one came */
    public Optional<RawHttpClient.Response> response() {
        return Optional.ofNullable(response);
    }

    /** @return whether a response came */
    public boolean answered() {
        return response != null;
    }

    /** @return the status, or 0 without a response */
    public int status() {
        return response == null ? 0 : response.status();
    }

    /**
     * The first value of a response header.
     *
     * @param name the header's name, in any case
     * @return its first value, if there was a response with it
     */
    public Optional<String> header(String name) {
        return response == null ? Optional.empty() : Optional.ofNullable(response.header(name));
    }

    /** @return the body parsed as JSON; empty when there is no body or it is not JSON */
    public synchronized Optional<JsonNode> json() {
        if (!parsed) {
            parsed = true;
            if (response != null && response.body().length > 0) {
                try {
                    json = JSON.readTree(response.body());
                } catch (IOException e) {
                    notJson = true;
                }
            }
        }
        return Optional.ofNullable(json);
    }

    /** @return whether there is a body that is not JSON */
    public boolean hasNonJsonBody() {
        json();
        return notJson;
    }

    /** @return whether the body is an {@code ErrorResponse}: an object with non-empty string {@code error_code} and {@code error_msg} */
    public boolean hasErrorBody() {
        return json().filter(body -> body.path("error_code").isTextual()
                        && body.path("error_msg").isTextual()
                        && !body.path("error_code").asText().isEmpty()
                        && !body.path("error_msg").asText().isEmpty())
                .isPresent();
    }

    /** @return one line for reports: the request, then the status or why there was none */
    public String describe() {
        return request.line() + " -> " + (response == null ? "no response (" + error + ")" : outcome());
    }

    private String outcome() {
        String body = new String(response.body(), StandardCharsets.UTF_8).strip();
        if (body.length() > 160) {
            body = body.substring(0, 160) + "…";
        }
        return response.status() + (body.isEmpty() ? " (no body)" : " " + body);
    }

    @Override
    public String toString() {
        return describe();
    }
}

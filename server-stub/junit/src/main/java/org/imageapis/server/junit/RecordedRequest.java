package org.imageapis.server.junit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.imageapis.client.Service;
import org.imageapis.server.control.JournalEntry;
import org.imageapis.signing.PercentEncoding;

/**
 * A request as the server received it. Secrets are redacted before the server keeps anything: the values of
 * {@code X-Auth-Token} and {@code X-Security-Token} are {@value #REDACTED}, and an {@code Authorization} header keeps
 * its algorithm, access key and signed headers with {@code Signature=****}.
 */
public final class RecordedRequest {

    /** What stands in for a secret. */
    public static final String REDACTED = "****";

    private final JournalEntry entry;
    private final Map<String, List<String>> headers;

    RecordedRequest(JournalEntry entry) {
        this.entry = entry;
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        entry.headers()
                .forEach(header -> byName.computeIfAbsent(header.getKey(), name -> new ArrayList<>())
                        .add(header.getValue()));
        byName.replaceAll((name, values) -> List.copyOf(values));
        this.headers = Collections.unmodifiableMap(byName);
    }

    /** @return the HTTP method, such as {@code GET} */
    public String method() {
        return entry.method();
    }

    /** @return the path as sent, still percent-encoded, without the query */
    public String path() {
        return entry.path();
    }

    /** @return the query as sent (percent-encoded), if the target had one */
    public Optional<String> rawQuery() {
        return Optional.ofNullable(entry.query());
    }

    /** @return the query parameters, decoded, in the order sent */
    public Map<String, List<String>> queryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (entry.query() != null && !entry.query().isEmpty()) {
            for (String pair : entry.query().split("&")) {
                int equals = pair.indexOf('=');
                String name = PercentEncoding.decodeQueryComponent(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : PercentEncoding.decodeQueryComponent(pair.substring(equals + 1));
                parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
        }
        parameters.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(parameters);
    }

    /**
     * The first value of query parameter {@code name}, decoded.
     *
     * @param name the parameter's name
     * @return its first value, if the request has it
     */
    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(queryParameters().get(name)).map(values -> values.get(0));
    }

    /** @return every header by name (case-insensitive), values in the order received */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * The first value of header {@code name} (case-insensitive).
     *
     * @param name a header name, in any case
     * @return its value, if the request has it
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name)).map(values -> values.get(0));
    }

    /** @return the API the path belongs to; empty for {@code /docs}, {@code /openapi} and unknown paths */
    public Optional<Service> service() {
        return Optional.ofNullable(entry.api()).map(api -> Service.valueOf(api.name()));
    }

    /** @return when the server read the request */
    public Instant receivedAt() {
        return entry.receivedAt();
    }

    @Override
    public String toString() {
        return entry.method() + " " + entry.path() + (entry.query() == null ? "" : "?" + entry.query()) + " " + headers;
    }
}

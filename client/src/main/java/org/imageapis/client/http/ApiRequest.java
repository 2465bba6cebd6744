package org.imageapis.client.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One GET call as the typed requests describe it: decoded path segments, decoded query
 * parameters in order, and extra headers. Encoding and signing happen in {@link Transport}, from
 * these decoded values, so the wire form and the signature cannot disagree.
 */
public final class ApiRequest {

    private final List<String> pathSegments;
    private final List<Map.Entry<String, String>> query;
    private final Map<String, String> headers;

    private ApiRequest(Builder builder) {
        this.pathSegments = List.copyOf(builder.pathSegments);
        this.query = List.copyOf(builder.query);
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    }

    /**
     * Starts a request whose path is these decoded segments, such as {@code "v1", projectId, "image-servers"}.
     *
     * @param segments the decoded path segments
     * @return a builder for the rest
     */
    public static Builder path(String... segments) {
        Builder builder = new Builder();
        for (String segment : segments) {
            builder.pathSegments.add(Objects.requireNonNull(segment, "path segment"));
        }
        return builder;
    }

    /** @return the decoded path segments */
    public List<String> pathSegments() {
        return pathSegments;
    }

    /** @return the decoded query parameters, in order; a name may repeat */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /** @return the extra headers, such as HSS's {@code region} */
    public Map<String, String> headers() {
        return headers;
    }

    /** Collects the parts of an {@link ApiRequest}; obtained from {@link ApiRequest#path}. */
    public static final class Builder {
        private final List<String> pathSegments = new ArrayList<>();
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds a query parameter unless {@code value} is null. Enums of the generated models are
         * sent as their wire value; their catch-all for unknown values cannot be sent.
         *
         * @param name the parameter's name
         * @param value its value, or null
         * @return this builder
         */
        public Builder query(String name, Object value) {
            if (value != null) {
                if (value instanceof Enum<?> constant) {
                    Checks.known(name, constant);
                }
                query.add(Map.entry(name, value.toString()));
            }
            return this;
        }

        /**
         * Sets a header unless {@code value} is null.
         *
         * @param name the header's name
         * @param value its value, or null
         * @return this builder
         */
        public Builder header(String name, String value) {
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }

        /** @return the request */
        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}

package org.imageapis.signing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of an HTTP request that the signature covers, immutable.
 *
 * <p>Everything is held decoded, so a client and a server build the same value: the path
 * and query are what the caller means, not their percent-encoded wire form (a JAX-RS server
 * passes {@code UriInfo.getAbsolutePath().getPath()} and {@code UriInfo.getQueryParameters()}).
 * Header names are case-insensitive and kept lower-case; one value per name.
 */
public final class SignableRequest {

    private final String method;
    private final String path;
    private final Map<String, List<String>> queryParameters;
    private final Map<String, String> headers;
    private final byte[] body;

    private SignableRequest(Builder builder) {
        this.method = builder.method;
        this.path = builder.path;
        Map<String, List<String>> query = new LinkedHashMap<>();
        builder.queryParameters.forEach((key, values) -> query.put(key, List.copyOf(values)));
        this.queryParameters = Collections.unmodifiableMap(query);
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
        this.body = builder.body.clone();
    }

    /** @return an empty builder: {@code GET /}, no query, no headers, no body */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder pre-filled with this request, e.g. to add headers.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder().method(method).path(path).body(body);
        queryParameters.forEach(builder::queryParameters);
        headers.forEach(builder::header);
        return builder;
    }

    /** @return the HTTP method, as given */
    public String method() {
        return method;
    }

    /** @return the decoded path, starting with {@code /} */
    public String path() {
        return path;
    }

    /** @return decoded query keys, in insertion order, each with its values in insertion order */
    public Map<String, List<String>> queryParameters() {
        return queryParameters;
    }

    /** @return all headers, keyed by lower-case name */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * @param name a header name, in any case
     * @return its value, or empty when the request does not carry it
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** @return a copy of the body bytes, empty when there is no body */
    public byte[] body() {
        return body.clone();
    }

    /** The body without a defensive copy, for hashing inside this package. */
    byte[] bodyBytes() {
        return body;
    }

    /** Shows method, path and header names only: header values may hold tokens or signatures. */
    @Override
    public String toString() {
        return "SignableRequest[" + method + " " + path + ", headers=" + headers.keySet() + ", body=" + body.length
                + " bytes]";
    }

    /** Collects the parts of a {@link SignableRequest}; obtained from {@link #builder()} or {@link #toBuilder()}. */
    public static final class Builder {
        private String method = "GET";
        private String path = "/";
        private final Map<String, List<String>> queryParameters = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body = new byte[0];

        private Builder() {}

        /**
         * @param method the HTTP method, not empty
         * @return this builder
         */
        public Builder method(String method) {
            if (method == null || method.isEmpty()) {
                throw new IllegalArgumentException("method must not be empty");
            }
            this.method = method;
            return this;
        }

        /**
         * Sets the decoded path, e.g. {@code /v2/manage/namespaces/my ns}; it must start with {@code /}.
         *
         * @param path the decoded path
         * @return this builder
         */
        public Builder path(String path) {
            if (path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException("path must start with '/'");
            }
            this.path = path;
            return this;
        }

        /**
         * Adds one decoded value for a key; use {@code ""} for a key without value ({@code ?flag}).
         *
         * @param key the decoded query key
         * @param value the decoded value
         * @return this builder
         */
        public Builder queryParameter(String key, String value) {
            queryParameters
                    .computeIfAbsent(Objects.requireNonNull(key, "key"), k -> new ArrayList<>())
                    .add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds decoded values for a key, keeping their order.
         *
         * @param key the decoded query key
         * @param values its decoded values
         * @return this builder
         */
        public Builder queryParameters(String key, Collection<String> values) {
            List<String> list =
                    queryParameters.computeIfAbsent(Objects.requireNonNull(key, "key"), k -> new ArrayList<>());
            values.forEach(value -> list.add(Objects.requireNonNull(value, "value")));
            return this;
        }

        /**
         * Adds decoded keys and values, as a server's parsed query gives them.
         *
         * @param parameters decoded keys, each with its values
         * @return this builder
         */
        public Builder queryParameters(Map<String, ? extends Collection<String>> parameters) {
            parameters.forEach(this::queryParameters);
            return this;
        }

        /**
         * Sets a header, replacing any value under the same case-insensitive name.
         *
         * @param name the header name, not empty
         * @param value its value
         * @return this builder
         */
        public Builder header(String name, String value) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("header name must not be empty");
            }
            headers.put(name.toLowerCase(Locale.ROOT), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * @param body the body bytes, copied; the hash in the signature covers them
         * @return this builder
         */
        public Builder body(byte[] body) {
            this.body = Objects.requireNonNull(body, "body").clone();
            return this;
        }

        /** @return the immutable request */
        public SignableRequest build() {
            return new SignableRequest(this);
        }
    }
}

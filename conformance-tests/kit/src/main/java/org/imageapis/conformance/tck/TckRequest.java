package org.imageapis.conformance.tck;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imageapis.conformance.http.Auth;
import org.imageapis.conformance.spec.OperationSpec;

/**
 * A request the kit sends: method, raw target relative to the API's base URL, headers, and the credentials it
 * carries. Build one from an operation's path template with {@link #of(OperationSpec)}.
 *
 * @param method  the HTTP method
 * @param target  the raw request target, starting with {@code /}: sent byte for byte after the base URL's path
 * @param headers the headers, in order
 * @param auth    the credentials: the sender's own, none, or invalid ones among {@code headers}
 */
public record TckRequest(String method, String target, List<Map.Entry<String, String>> headers, Auth auth) {

    /**
     * Copies the headers.
     *
     * @param method  the HTTP method
     * @param target  the raw request target
     * @param headers the headers, copied
     * @param auth    the credentials
     */
    public TckRequest {
        headers = List.copyOf(headers);
    }

    /**
     * A builder for the operation's method and path template.
     *
     * @param operation the operation
     * @return the builder, its path variables still to fill
     */
    public static Builder of(OperationSpec operation) {
        return new Builder(operation.method(), operation.path().template());
    }

    /**
     * The same request with other credentials.
     *
     * @param newAuth the credentials
     * @param newHeaders the headers that carry them, replacing the request's
     * @return the changed request
     */
    public TckRequest withAuth(Auth newAuth, List<Map.Entry<String, String>> newHeaders) {
        return new TckRequest(method, target, newHeaders, newAuth);
    }

    /**
     * Method and target, shortened for a report line.
     *
     * @return the method and the target (at most 200 characters)
     */
    public String line() {
        String shown = target.length() > 200 ? target.substring(0, 200) + "…" : target;
        return method + " " + shown;
    }

    @Override
    public String toString() {
        return line();
    }

    /** Fills the path template and appends query parameters, percent-encoding the values. */
    public static final class Builder {
        private String method;
        private String path;
        private final StringBuilder query = new StringBuilder();
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private Auth auth = Auth.VALID;

        private Builder(String method, String pathTemplate) {
            this.method = method;
            this.path = pathTemplate;
        }

        /**
         * @param newMethod the HTTP method, instead of the operation's
         * @return this builder
         */
        public Builder method(String newMethod) {
            this.method = newMethod;
            return this;
        }

        /**
         * Fills one path variable.
         *
         * @param name the variable's name, without braces
         * @param value its value, encoded here
         * @return this builder
         */
        public Builder path(String name, String value) {
            path = path.replace("{" + name + "}", encode(value));
            return this;
        }

        /**
         * Appends one query parameter.
         *
         * @param name the parameter's name, encoded here
         * @param value its value, encoded here
         * @return this builder
         */
        public Builder query(String name, String value) {
            query.append(query.length() == 0 ? '?' : '&')
                    .append(encode(name))
                    .append('=')
                    .append(encode(value));
            return this;
        }

        /**
         * Appends a query string as it is, without encoding it again.
         *
         * @param nameAndValue {@code name=value}, already encoded
         * @return this builder
         */
        public Builder rawQuery(String nameAndValue) {
            query.append(query.length() == 0 ? '?' : '&').append(nameAndValue);
            return this;
        }

        /**
         * Appends one header, sent as it is.
         *
         * @param name  the header's name
         * @param value its value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.add(Map.entry(name, value));
            return this;
        }

        /**
         * @param newAuth the credentials the request carries
         * @return this builder
         */
        public Builder auth(Auth newAuth) {
            this.auth = newAuth;
            return this;
        }

        /** @return the request */
        public TckRequest build() {
            return new TckRequest(method, path + query, headers, auth);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}

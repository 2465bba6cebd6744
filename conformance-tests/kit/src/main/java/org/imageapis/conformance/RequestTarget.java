package org.imageapis.conformance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.imageapis.signing.PercentEncoding;

/**
 * A request target split into its path (still percent-encoded, as path templates match it) and its decoded query
 * parameters. The scheme and authority of a full URL are dropped, whatever they hold: doc examples write
 * {@code https://{endpoint}/...}.
 *
 * @param path  the path
 * @param query the query parameters by name, each with its values in order
 */
public record RequestTarget(String path, Map<String, List<String>> query) {

    private static final Pattern SCHEME_AND_AUTHORITY = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*");

    /**
     * Splits a target ({@code /path?query}, or a full URL whose scheme and authority are dropped).
     *
     * @param target the request target
     * @return its path and query
     */
    public static RequestTarget parse(String target) {
        String rest = SCHEME_AND_AUTHORITY.matcher(target).replaceFirst("");
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int question = rest.indexOf('?');
        String path = question >= 0 ? rest.substring(0, question) : rest;
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (question >= 0) {
            for (String pair : rest.substring(question + 1).split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    String name = PercentEncoding.decodeQueryComponent(eq >= 0 ? pair.substring(0, eq) : pair);
                    String value = eq >= 0 ? PercentEncoding.decodeQueryComponent(pair.substring(eq + 1)) : "";
                    query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                }
            }
        }
        return new RequestTarget(path.isEmpty() ? "/" : path, Collections.unmodifiableMap(query));
    }

    /**
     * Decodes a path segment: {@code %XX} escapes only ({@code +} is a literal plus in paths).
     *
     * @param segment a path segment, percent-encoded
     * @return the decoded segment
     */
    public static String decode(String segment) {
        return PercentEncoding.decodePath(segment);
    }
}

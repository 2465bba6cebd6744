package org.imageapis.conformance.proxy;

import java.net.URI;
import java.util.Locale;

/**
 * Where requests of one API are forwarded: an http or https base URL, with an optional path prefix that is put in
 * front of every forwarded path.
 *
 * @param uri        the base URL as given
 * @param secure     whether the upstream speaks TLS
 * @param host       the host to connect to
 * @param port       the port to connect to (the scheme's default when the URL has none)
 * @param authority  the {@code Host} header for the upstream: the host, and the port when the URL names one
 * @param pathPrefix the raw path prefix without a trailing slash, or {@code ""}
 */
record Upstream(URI uri, boolean secure, String host, int port, String authority, String pathPrefix) {

    /**
     * Parses an upstream base URL.
     *
     * @throws IllegalArgumentException naming what is wrong, when it is not an absolute http(s) URL with a host,
     *                                  or when it has user info, a query or a fragment
     */
    static Upstream parse(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "expected an http or https URL with a host, such as " + "https://swr-api.example.com");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("an upstream URL has no user info, query or fragment");
        }
        boolean secure = scheme.equals("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : secure ? 443 : 80;
        String authority = uri.getPort() >= 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost();
        String prefix = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return new Upstream(uri, secure, uri.getHost(), port, authority, prefix);
    }

    /** The request target to send upstream for a client's target: the prefix, then the target as it came. */
    String target(String clientTarget) {
        return pathPrefix + clientTarget;
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}

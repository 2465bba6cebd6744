package org.imageapis.client.http;

import java.net.URI;
import java.util.Objects;

/** The one check of an endpoint a caller gives: on the client builder, or to a service's constructor. */
public final class Endpoints {

    private Endpoints() {}

    /**
     * {@code endpoint}, if it is an absolute http(s) URI without user info, a query or a fragment, and without its
     * scheme's default port if it names it. User info would end up in logs and exception messages, which show the
     * URL: it is refused before the URL is echoed. A default port is dropped because the signature covers
     * {@code Host}: HTTP/1.1 senders leave a default port out of it, java.net.http's HTTP/2 keeps it in
     * {@code :authority}, and a signature over {@code host:443} would not match the first.
     *
     * @param service the service, named in the message
     * @param endpoint the endpoint to check
     * @return the endpoint as calls use it
     * @throws IllegalArgumentException naming {@code service} when the endpoint is refused
     */
    public static URI check(Object service, URI endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        boolean userInfo =
                endpoint.getRawAuthority() != null && endpoint.getRawAuthority().contains("@");
        if (userInfo || endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "endpoint of " + service + " must not have user info, a query or a fragment");
        }
        if (!"https".equals(endpoint.getScheme()) && !"http".equals(endpoint.getScheme())
                || endpoint.getHost() == null) {
            throw new IllegalArgumentException(
                    "endpoint of " + service + " must be an absolute http(s) URI " + "with a host, was " + endpoint);
        }
        int defaultPort = "https".equals(endpoint.getScheme()) ? 443 : 80;
        if (endpoint.getPort() == defaultPort) {
            return URI.create(endpoint.getScheme() + "://" + endpoint.getHost() + endpoint.getRawPath());
        }
        return endpoint;
    }
}

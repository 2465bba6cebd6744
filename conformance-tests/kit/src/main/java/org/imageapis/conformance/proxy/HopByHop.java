package org.imageapis.conformance.proxy;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.Locale;
import java.util.Set;

/**
 * The headers that belong to one connection rather than to the message (RFC 9110, 7.6.1): each side of the proxy
 * sets its own, everything else is forwarded unchanged.
 */
final class HopByHop {

    private static final Set<String> NAMES =
            Set.of("connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");

    private HopByHop() {}

    static boolean isHopByHop(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Readies a received message's headers for the other side, in place: removes the hop-by-hop ones and those the
     * {@code Connection} header names.
     */
    static HttpHeaders strip(HttpHeaders headers) {
        for (String listed : headers.getAll(HttpHeaderNames.CONNECTION)) {
            for (String name : listed.split(",")) {
                headers.remove(name.trim());
            }
        }
        for (String name : NAMES) {
            headers.remove(name);
        }
        return headers;
    }
}

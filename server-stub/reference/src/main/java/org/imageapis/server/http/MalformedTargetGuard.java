package org.imageapis.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.RequestExecutorProvider;
import org.glassfish.grizzly.http.server.Response;

/**
 * Answers 400 with an error body for a request target that is not a valid URI (a malformed percent-escape such
 * as {@code ?name=%zz}). Jersey's Grizzly container parses the target before any filter or exception mapper
 * runs and fails with a 500 HTML page; this handler checks the target the same way first and hands every other
 * request to Jersey. Found by the conformance module's fuzz test. As the handler Grizzly calls, it also names the
 * thread each request runs on.
 */
public final class MalformedTargetGuard extends ForwardingHttpHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Unreserved characters and those RFC 2396 allows unescaped in a path (and so in a query): pchar and '/'. */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c :
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'():@&=+$,;/".toCharArray()) {
            PLAIN[c] = true;
        }
    }

    private final RequestExecutorProvider executors;

    /**
     * @param next      the handler well-formed requests go on to
     * @param executors runs the handlers as the server does
     */
    public MalformedTargetGuard(HttpHandler next, RequestExecutorProvider executors) {
        super(next);
        this.executors = executors;
    }

    @Override
    public RequestExecutorProvider getRequestExecutorProvider() {
        return executors;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        if (!plainlyValid(path, query)) {
            try {
                new URI(query == null ? path : path + "?" + query);
            } catch (URISyntaxException e) {
                reject(path, response);
                return;
            }
        }
        next.service(request, response);
    }

    /**
     * Whether the target is valid without parsing it as a URI (some 2.5 % of a request's time in a profile): an
     * absolute path and query made only of characters {@code java.net.URI} takes as they are there, and percent
     * signs followed by two hex digits. Anything else is left to {@code URI} itself.
     */
    static boolean plainlyValid(String path, String query) {
        if (path.isEmpty() || path.charAt(0) != '/' || path.startsWith("//")) {
            return false;
        }
        return plainlyValid(path, false) && (query == null || plainlyValid(query, true));
    }

    private static boolean plainlyValid(String part, boolean query) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= part.length() || !isHex(part.charAt(i + 1)) || !isHex(part.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!(c < 128 && PLAIN[c] || query && c == '?')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static void reject(String path, Response response) throws Exception {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("error_code", ErrorCodes.forStatus(400, path));
        error.put("error_msg", "The request target is not a valid URI: check its percent-encoding.");
        byte[] body = JSON.writeValueAsBytes(error);
        response.setStatus(400);
        response.setHeader(RequestIdFilter.HEADER, RequestIdFilter.newId());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

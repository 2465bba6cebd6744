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
public final class MalformedTargetGuard extends HttpHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpHandler next;
    private final RequestExecutorProvider executors;

    public MalformedTargetGuard(HttpHandler next, RequestExecutorProvider executors) {
        this.next = next;
        this.executors = executors;
    }

    @Override
    public RequestExecutorProvider getRequestExecutorProvider() {
        return executors;
    }

    @Override
    public void start() {
        next.start();
    }

    @Override
    public void destroy() {
        next.destroy();
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        try {
            new URI(query == null ? path : path + "?" + query);
        } catch (URISyntaxException e) {
            reject(path, response);
            return;
        }
        next.service(request, response);
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

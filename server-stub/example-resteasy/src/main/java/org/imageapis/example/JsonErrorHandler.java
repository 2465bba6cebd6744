package org.imageapis.example;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The error body, with {@code X-Request-Id}, for the answers Jetty gives itself before RESTEasy sees the request:
 * malformed HTTP or a character a URI may not hold (400, such as a raw {@code |}), a request line over 8 KiB (414),
 * headers over 8 KiB (431), an HTTP version it does not speak (426, 505). Jetty's own error page is HTML, which no
 * client of these APIs can read. Every HTTP server has such answers: whichever you use, find where it writes them
 * (the conformance kit's fuzz check provokes them).
 */
final class JsonErrorHandler implements Request.Handler {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        int status = response.getStatus();
        String detail = (String) request.getAttribute(ErrorHandler.ERROR_MESSAGE);
        if (request.getAttribute(ErrorHandler.ERROR_EXCEPTION) instanceof HttpException http) {
            status = http.getCode();
            response.setStatus(status);
            detail = detail == null ? http.getReason() : detail;
        }
        response.getHeaders().put(RequestIdFilter.HEADER, RequestIdFilter.newId());
        if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        String reason = HttpStatus.getMessage(status);
        String message = detail == null || detail.equals(reason) ? reason + "." : reason + ": " + detail + ".";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(JSON.writeValueAsBytes(Errors.body(status, message))), callback);
        return true;
    }
}

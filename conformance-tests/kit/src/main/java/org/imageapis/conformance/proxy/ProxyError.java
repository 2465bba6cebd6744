package org.imageapis.conformance.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The answers the proxy makes itself, in the providers' error format ({@code {"error_code", "error_msg"}} with an
 * {@code X-Request-Id}), so that a client handles them like any other error of these APIs. They are counted in
 * the report apart from upstream violations.
 */
enum ProxyError {
    /** The request is not valid HTTP, or its target is not a path. */
    BAD_REQUEST(HttpResponseStatus.BAD_REQUEST),
    /** A signed request the proxy cannot re-sign: no access key, or a signature that does not verify. */
    UNAUTHORIZED(HttpResponseStatus.UNAUTHORIZED),
    /** A method other than GET on the report path. */
    METHOD_NOT_ALLOWED(HttpResponseStatus.METHOD_NOT_ALLOWED),
    /** A signed request's body is larger than the maximum size, and the proxy must read it whole to re-sign it. */
    PAYLOAD_TOO_LARGE(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE),
    /** The upstream cannot be reached, closed the connection early or answered something that is not HTTP. */
    BAD_GATEWAY(HttpResponseStatus.BAD_GATEWAY),
    /** The upstream did not answer within the upstream timeout. */
    GATEWAY_TIMEOUT(HttpResponseStatus.GATEWAY_TIMEOUT);

    static final String REQUEST_ID = "X-Request-Id";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpResponseStatus status;

    ProxyError(HttpResponseStatus status) {
        this.status = status;
    }

    /** {@code CONFORMANCE.0502} and so on: the service part names the proxy, the number is the status. */
    String code() {
        return String.format("CONFORMANCE.%04d", status.code());
    }

    HttpResponseStatus status() {
        return status;
    }

    /** The error answer, with a fresh request id. */
    FullHttpResponse response(String message) {
        ObjectNode body = JSON.createObjectNode().put("error_code", code()).put("error_msg", message);
        FullHttpResponse response = json(status, body.toString());
        response.headers().set(REQUEST_ID, requestId());
        return response;
    }

    /** A JSON answer of the proxy's own. */
    static FullHttpResponse json(HttpResponseStatus status, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response =
                new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(bytes));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
        return response;
    }

    private static String requestId() {
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        return HexFormat.of().formatHex(id);
    }
}

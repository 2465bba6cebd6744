package org.imageapis.conformance.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One client connection: reads its requests one at a time, checks and forwards each to its upstream, checks the
 * answer and writes it back. Runs on the connection's event loop, as do the upstream connections it opens, so no
 * state here is shared between threads.
 *
 * <p>Bodies up to the maximum size are held whole, so that the answer can carry its violation count; a larger
 * body streams through, paced by the receiving side, and is reported as not validated.
 */
final class ClientConnection extends ChannelInboundHandlerAdapter {

    private final ProxyContext proxy;
    /** One kept-alive connection per upstream this client's requests went to. */
    private final Map<Upstream, UpstreamConnection> upstreams = new HashMap<>(4);

    private ChannelHandlerContext ctx;
    /** The exchange in flight. */
    private Exchange exchange;
    /** What the client sent after a request that is not answered yet (HTTP/1.1 pipelining), in order. */
    private final ArrayDeque<Object> waiting = new ArrayDeque<>(2);
    /** Beyond this many waiting messages the proxy stops reading from the client until it has caught up. */
    private static final int MAX_WAITING = 16;

    ClientConnection(ProxyContext proxy) {
        this.proxy = proxy;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.ctx = context;
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
        if (!waiting.isEmpty() || isBusy()) {
            // A pipelined request: it waits until the answer before it is out.
            waiting.add(msg);
            if (waiting.size() > MAX_WAITING) {
                pauseReading();
            }
            return;
        }
        dispatch(msg);
    }

    /** Whether the exchange in flight takes no more of what the client sends: its request is whole, or answered. */
    private boolean isBusy() {
        return exchange != null && (exchange.requestComplete || exchange.answered);
    }

    private void dispatch(Object msg) {
        try {
            if (msg instanceof HttpRequest request) {
                requestHead(request);
            }
            if (msg instanceof HttpContent content && exchange != null && !isBusy()) {
                requestContent(content);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        new ArrayList<>(upstreams.values()).forEach(UpstreamConnection::close);
        upstreams.clear();
        waiting.forEach(ReferenceCountUtil::release);
        waiting.clear();
        if (exchange != null) {
            release(exchange);
            exchange = null;
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        // A reset connection or a protocol error: nothing to answer to, and no stack trace to print.
        context.close();
    }

    // ---- the request ----

    private void requestHead(HttpRequest request) {
        if (exchange != null) {
            return;
        }
        exchange = new Exchange(request, originForm(request.uri()), proxy.maxBodySize());
        if (request.decoderResult().isFailure()) {
            exchange.requestComplete = true;
            answer(
                    ProxyError.BAD_REQUEST,
                    "The request is not valid HTTP/1.1: "
                            + malformation(request.decoderResult().cause()),
                    true);
            return;
        }
        if (exchange.target == null || exchange.isReportRequest()) {
            return; // answered by the proxy once the request is complete
        }
        exchange.route = proxy.router().route(exchange.target);
        exchange.signed = SignatureRelay.isSigned(request.headers());
        if (HttpUtil.getContentLength(request, -1L) > proxy.maxBodySize()) {
            requestTooLarge(false);
        }
    }

    private void requestContent(HttpContent content) {
        boolean last = content instanceof LastHttpContent;
        if (content.decoderResult().isFailure()) {
            exchange.requestComplete = true;
            answer(
                    ProxyError.BAD_REQUEST,
                    "The request body is not valid HTTP/1.1: "
                            + malformation(content.decoderResult().cause()),
                    true);
            return;
        }
        if (exchange.requestStreaming) {
            exchange.requestComplete = last;
            pauseReading();
            upstreamOf(exchange)
                    .write(streamed(content.content(), last), last)
                    .addListener(written -> resumeReadingIfStreaming());
            return;
        }
        if (!exchange.requestBody.add(ctx.alloc(), content.content())) {
            requestTooLarge(last);
            return;
        }
        if (last) {
            exchange.requestComplete = true;
            requestComplete();
        }
    }

    /** The whole request is held: answer it here, or check it and forward it. */
    private void requestComplete() {
        Exchange current = exchange;
        if (current.target == null) {
            answer(
                    ProxyError.BAD_REQUEST,
                    "The request target must be a path, such as " + "/v2/manage/shared-repositories.",
                    false);
            return;
        }
        if (current.isReportRequest()) {
            answerReport();
            return;
        }
        checkRequest(current);
        ByteBuf body = current.requestBody.take();
        Map<String, String> signature = Map.of();
        if (current.signed) {
            SignatureRelay.Outcome outcome = proxy.signatures()
                    .resign(
                            current.method().name(),
                            current.target,
                            current.request.headers(),
                            ByteBufUtil.getBytes(body),
                            current.route.upstream());
            if (outcome instanceof SignatureRelay.Rejected rejected) {
                body.release();
                answer(ProxyError.UNAUTHORIZED, rejected.message(), false);
                return;
            }
            signature = ((SignatureRelay.Resigned) outcome).headers();
        }
        boolean hadLength = current.request.headers().contains(HttpHeaderNames.CONTENT_LENGTH);
        HttpHeaders headers = forwardedHeaders(current);
        signature.forEach(headers::set);
        if (body.isReadable() || hadLength) {
            headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
        }
        DefaultFullHttpRequest forwarded = new DefaultFullHttpRequest(
                HttpVersion.HTTP_1_1,
                current.method(),
                current.route.upstream().target(current.target),
                body,
                headers,
                EmptyHttpHeaders.INSTANCE);
        upstreamOf(current).send(current, List.of(forwarded), true);
    }

    /**
     * The request body outgrew the maximum size. A signed request cannot be re-signed without its whole body, so it
     * is refused; any other is forwarded with what arrived so far, and the rest streams after it.
     */
    private void requestTooLarge(boolean lastHeld) {
        Exchange current = exchange;
        if (current.target == null || current.isReportRequest()) {
            current.requestBody.release();
            current.requestComplete = lastHeld;
            if (lastHeld) {
                requestComplete();
            }
            return;
        }
        if (current.signed) {
            current.requestComplete = lastHeld;
            answer(
                    ProxyError.PAYLOAD_TOO_LARGE,
                    "The signed request's body is larger than the proxy's maximum body"
                            + " size of " + proxy.maxBodySize()
                            + " bytes; the proxy reads a signed body whole to verify"
                            + " and sign it again.",
                    !lastHeld);
            return;
        }
        current.requestStreaming = true;
        current.requestComplete = lastHeld;
        current.notValidated.add(NotValidated.REQUEST_BODY_OVER_MAX_SIZE);
        checkRequest(current);
        boolean hadLength = current.request.headers().contains(HttpHeaderNames.CONTENT_LENGTH);
        HttpHeaders headers = forwardedHeaders(current);
        if (!hadLength) {
            headers.set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        }
        List<HttpObject> parts = new ArrayList<>(2);
        parts.add(new DefaultHttpRequest(
                HttpVersion.HTTP_1_1, current.method(), current.route.upstream().target(current.target), headers));
        ByteBuf held = current.requestBody.take();
        parts.add(streamed(held, lastHeld));
        held.release();
        pauseReading();
        upstreamOf(current).send(current, parts, lastHeld).addListener(written -> resumeReadingIfStreaming());
    }

    private void checkRequest(Exchange current) {
        ExchangeChecks.RequestVerdict verdict = proxy.checks()
                .checkRequest(current.route, current.method().name(), current.target, current.request.headers());
        current.operationId = verdict.operationId();
        current.violations.addAll(verdict.violations());
    }

    /**
     * The client's headers, readied for the upstream in place (the request is checked and verified already):
     * hop-by-hop ones dropped, {@code Host} naming the upstream; the length is the caller's to set, except for a
     * streamed body, which keeps the client's.
     */
    private static HttpHeaders forwardedHeaders(Exchange current) {
        HttpHeaders headers = HopByHop.strip(current.request.headers());
        headers.remove(HttpHeaderNames.EXPECT); // answered by the proxy's codec already
        if (!current.requestStreaming) {
            headers.remove(HttpHeaderNames.CONTENT_LENGTH);
        }
        headers.set(HttpHeaderNames.HOST, current.route.upstream().authority());
        return headers;
    }

    private UpstreamConnection upstreamOf(Exchange current) {
        return upstreams.computeIfAbsent(
                current.route.upstream(),
                upstream -> new UpstreamConnection(
                        proxy, upstream, this, ctx.channel().eventLoop()));
    }

    /** An upstream connection closed: the next request to that upstream opens a new one. */
    void upstreamClosed(UpstreamConnection upstream) {
        upstreams.values().remove(upstream);
    }

    // ---- the answer ----

    /** The upstream's answer begins. */
    void responseHead(Exchange answered, HttpResponse response) {
        if (answered != exchange) {
            return;
        }
        answered.response = response;
        answered.responseBody = new BodyBuffer(proxy.maxBodySize());
        if (HttpUtil.getContentLength(response, -1L) > proxy.maxBodySize()) {
            responseTooLarge(answered, false);
        }
    }

    /** A part of the upstream's answer; {@code upstream} is paced while a large body streams to the client. */
    void responseContent(Exchange answered, HttpContent content, UpstreamConnection upstream) {
        if (answered != exchange) {
            return;
        }
        boolean last = content instanceof LastHttpContent;
        if (answered.responseStreaming) {
            upstream.pauseReading();
            ctx.writeAndFlush(streamed(content.content(), last)).addListener(written -> {
                upstream.resumeReading();
                if (last) {
                    streamedResponseDone(answered);
                }
            });
            return;
        }
        if (!answered.responseBody.add(ctx.alloc(), content.content())) {
            responseTooLarge(answered, last);
            return;
        }
        if (last) {
            ByteBuf body = answered.responseBody.take();
            if (body.readableBytes() > ProxyContext.EVENT_LOOP_VALIDATION_LIMIT) {
                // A big body would hold up every other connection of this event loop while it is validated.
                proxy.bigBodies().execute(() -> {
                    ExchangeChecks.ResponseVerdict verdict = checkResponse(answered, body);
                    ctx.executor().execute(() -> respond(answered, body, verdict));
                });
            } else {
                respond(answered, body, checkResponse(answered, body));
            }
        }
    }

    private ExchangeChecks.ResponseVerdict checkResponse(Exchange answered, ByteBuf body) {
        return proxy.checks()
                .checkResponse(
                        answered.route,
                        answered.operationId,
                        answered.response.status().code(),
                        answered.response.headers(),
                        body);
    }

    /** Writes a held answer with its violation count. */
    private void respond(Exchange answered, ByteBuf body, ExchangeChecks.ResponseVerdict verdict) {
        if (answered != exchange) {
            body.release();
            return;
        }
        addVerdict(answered, verdict);
        HttpResponse upstreamResponse = answered.response;
        HttpHeaders headers = HopByHop.strip(upstreamResponse.headers());
        if (!isBodiless(answered, upstreamResponse.status())) {
            headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
        }
        answered.markViolations(headers);
        FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, upstreamResponse.status(), body, headers, EmptyHttpHeaders.INSTANCE);
        finish(answered, response, upstreamResponse.status().code(), null, false);
    }

    /** The answer outgrew the maximum size: its head (checked) and what arrived go out now, the rest streams. */
    private void responseTooLarge(Exchange answered, boolean lastHeld) {
        answered.responseStreaming = true;
        addVerdict(
                answered,
                proxy.checks()
                        .checkResponse(
                                answered.route,
                                answered.operationId,
                                answered.response.status().code(),
                                answered.response.headers(),
                                null));
        HttpHeaders headers = HopByHop.strip(answered.response.headers());
        if (!headers.contains(HttpHeaderNames.CONTENT_LENGTH)) {
            headers.set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        }
        answered.markViolations(headers);
        HttpUtil.setKeepAlive(headers, HttpVersion.HTTP_1_1, answered.keepAlive);
        record(answered, answered.response.status().code(), null);
        ctx.write(new DefaultHttpResponse(HttpVersion.HTTP_1_1, answered.response.status(), headers));
        ByteBuf held = answered.responseBody.take();
        ctx.writeAndFlush(streamed(held, lastHeld)).addListener(written -> {
            if (lastHeld) {
                streamedResponseDone(answered);
            }
        });
        held.release();
    }

    private void streamedResponseDone(Exchange answered) {
        if (answered == exchange) {
            next(answered.keepAlive && answered.requestComplete);
        }
    }

    private void addVerdict(Exchange answered, ExchangeChecks.ResponseVerdict verdict) {
        answered.violations.addAll(verdict.violations());
        if (verdict.notValidated() != null) {
            answered.notValidated.add(verdict.notValidated());
        }
    }

    /** The upstream could not give an answer; the proxy answers with an error, or closes if it is too late. */
    void upstreamFailed(Exchange failed, ProxyError error, String message) {
        if (failed != exchange) {
            return;
        }
        if (failed.responseStreaming) {
            proxy.log()
                    .accept(Exchange.oneLine(failed.logName() + " " + failed.method() + " " + failed.path()
                            + ": the answer was cut off: " + message));
            release(failed);
            exchange = null;
            ctx.close();
            return;
        }
        answer(error, message, !failed.requestComplete);
    }

    // ---- answers of the proxy's own ----

    private void answerReport() {
        Exchange current = exchange;
        HttpMethod method = current.method();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            FullHttpResponse refused = ProxyError.METHOD_NOT_ALLOWED.response("The report is read with GET.");
            refused.headers().set(HttpHeaderNames.ALLOW, "GET, HEAD");
            writeAndNext(current, refused, false);
            return;
        }
        FullHttpResponse report =
                ProxyError.json(HttpResponseStatus.OK, proxy.report().snapshot().toJson());
        report.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        writeAndNext(current, report, false);
    }

    /** Answers the current exchange with an error of the proxy's own, counted and logged as such. */
    private void answer(ProxyError error, String message, boolean close) {
        Exchange current = exchange;
        release(current);
        FullHttpResponse response = error.response(message);
        current.markViolations(response.headers());
        // Logged and counted before the answer goes out, so that whoever has the answer also has both.
        proxy.log()
                .accept(Exchange.oneLine(current.logName() + " " + current.method() + " " + current.path() + " -> "
                        + error.status().code() + " " + error.code() + ": " + message));
        finish(current, response, 0, error, close);
    }

    /** Counts the exchange, logs its violations, writes the answer and goes on to the next request. */
    private void finish(
            Exchange current, FullHttpResponse response, int upstreamStatus, ProxyError error, boolean close) {
        if (!current.isReportRequest()) {
            record(current, upstreamStatus, error);
        }
        writeAndNext(current, response, close);
    }

    private void record(Exchange current, int upstreamStatus, ProxyError error) {
        proxy.report().record(current.record(upstreamStatus, error));
        if (error == null && !current.violations.isEmpty()) {
            proxy.log().accept(current.logLine(upstreamStatus));
        }
    }

    private void writeAndNext(Exchange current, FullHttpResponse response, boolean close) {
        current.answered = true;
        boolean keepAlive = !close && current.keepAlive && current.requestComplete;
        HttpUtil.setKeepAlive(response, keepAlive);
        ctx.writeAndFlush(response).addListener(written -> {
            if (current == exchange) {
                next(keepAlive);
            }
        });
    }

    /** The exchange is over: go on with the next request, or close. */
    private void next(boolean keepAlive) {
        exchange = null;
        if (!keepAlive || !ctx.channel().isActive()) {
            ctx.close();
            return;
        }
        while (!waiting.isEmpty() && !isBusy()) {
            dispatch(waiting.poll());
        }
        if (waiting.isEmpty()) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    // ---- helpers ----

    private void pauseReading() {
        ctx.channel().config().setAutoRead(false);
    }

    private void resumeReadingIfStreaming() {
        if (exchange != null && exchange.requestStreaming && !exchange.requestComplete) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    private static boolean isBodiless(Exchange answered, HttpResponseStatus status) {
        return answered.isHead() || status.code() < 200 || status.code() == 204 || status.code() == 304;
    }

    /** A part of a streamed body, retaining the bytes (the caller releases its own reference). */
    private static HttpContent streamed(ByteBuf bytes, boolean last) {
        return last ? new DefaultLastHttpContent(bytes.retain()) : new DefaultHttpContent(bytes.retain());
    }

    private static void release(Exchange current) {
        current.requestBody.release();
        if (current.responseBody != null) {
            current.responseBody.release();
        }
    }

    /** The path and query of a request target; an absolute URL loses its scheme and host; anything else is null. */
    static String originForm(String uri) {
        if (uri.startsWith("/")) {
            return uri;
        }
        int scheme = uri.indexOf("://");
        if (scheme > 0 && uri.regionMatches(true, 0, "http", 0, 4)) {
            int path = uri.indexOf('/', scheme + 3);
            int query = uri.indexOf('?', scheme + 3);
            if (path < 0 || query >= 0 && query < path) {
                return query < 0 ? "/" : "/" + uri.substring(query);
            }
            return uri.substring(path);
        }
        return null;
    }

    /**
     * What is wrong with a request the codec could not read. Only the size limits are described in words: other
     * messages may quote the offending line, which could hold a credential, and this text is logged.
     */
    private static String malformation(Throwable cause) {
        if (cause instanceof TooLongFrameException) {
            return cause.getMessage();
        }
        return cause == null ? "malformed" : "malformed (" + cause.getClass().getSimpleName() + ")";
    }
}

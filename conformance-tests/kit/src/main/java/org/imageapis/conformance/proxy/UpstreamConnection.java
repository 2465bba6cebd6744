package org.imageapis.conformance.proxy;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPromise;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

/**
 * The connection from one client connection to one upstream, kept alive between exchanges and opened again when
 * the upstream closes it. It lives on the client connection's event loop, so the two never wait on each other.
 */
final class UpstreamConnection {

    /** Request lines and headers of any size a gateway sends; bodies are chunked by the codec. */
    private static final HttpDecoderConfig DECODER = new HttpDecoderConfig()
            .setMaxInitialLineLength(16 * 1024)
            .setMaxHeaderSize(64 * 1024)
            .setMaxChunkSize(64 * 1024);

    private final ProxyContext proxy;
    private final Upstream upstream;
    private final ClientConnection client;
    private final EventLoop loop;

    /** The current connection, connecting or connected; {@code null} before the first exchange and after a close. */
    private Channel channel;

    private boolean connected;
    /** What was written before the connection was up, and the promise of those writes. */
    private final List<HttpObject> pending = new ArrayList<>(2);

    private ChannelPromise pendingWritten;

    /** The exchange whose answer is awaited, or {@code null} while idle. */
    private Exchange exchange;
    /** A copy of a whole request sent on a reused connection, to send again once if that connection turns out closed. */
    private FullHttpRequest retry;

    private boolean answerStarted;
    private boolean skippingInformational;
    private ScheduledFuture<?> timeout;
    private long lastHeard;

    UpstreamConnection(ProxyContext proxy, Upstream upstream, ClientConnection client, EventLoop loop) {
        this.proxy = proxy;
        this.upstream = upstream;
        this.client = client;
        this.loop = loop;
    }

    /**
     * Starts an exchange: writes the request's first parts, connecting first when needed.
     *
     * @param complete whether these parts are the whole request
     * @return done when the parts are written
     */
    Future<Void> send(Exchange current, List<HttpObject> parts, boolean complete) {
        exchange = current;
        answerStarted = false;
        skippingInformational = false;
        boolean reused = channel != null && connected && channel.isActive();
        if (reused && complete && parts.size() == 1 && parts.get(0) instanceof FullHttpRequest whole) {
            retry = whole.retainedDuplicate();
        }
        if (!reused) {
            connect();
        }
        return write(parts, complete);
    }

    /** Writes one more part of a request whose body streams. */
    Future<Void> write(HttpContent part, boolean last) {
        return write(List.of(part), last);
    }

    private Future<Void> write(List<HttpObject> parts, boolean complete) {
        if (channel == null) {
            parts.forEach(ReferenceCountUtil::release); // failed while connecting: the client has its answer
            return loop.newSucceededFuture(null);
        }
        if (!connected) {
            pending.addAll(parts);
            if (pendingWritten == null) {
                pendingWritten = channel.newPromise();
            }
            ChannelPromise written = pendingWritten;
            if (complete) {
                written.addListener(done -> startTimeout(done.isSuccess()));
            }
            return written;
        }
        ChannelFuture last = null;
        for (HttpObject part : parts) {
            last = channel.write(part);
        }
        channel.flush();
        Channel writtenTo = channel;
        last.addListener(done -> {
            if (!done.isSuccess()) {
                failed(writtenTo, done.cause());
            } else if (complete) {
                startTimeout(true);
            }
        });
        return last;
    }

    private void connect() {
        connected = false;
        Bootstrap bootstrap = new Bootstrap()
                .group(loop)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        Math.min(Integer.MAX_VALUE, proxy.upstreamTimeout().toMillis()))
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        if (upstream.secure()) {
                            ch.pipeline().addLast(proxy.tls().newHandler(ch.alloc(), upstream.host(), upstream.port()));
                        }
                        ch.pipeline().addLast(new HttpClientCodec(DECODER, false, false), new Events(ch));
                    }
                });
        ChannelFuture connecting = bootstrap.connect(upstream.host(), upstream.port());
        Channel opened = connecting.channel();
        channel = opened;
        connecting.addListener(done -> {
            if (opened != channel) {
                return;
            }
            if (!done.isSuccess()) {
                connectFailed(done.cause());
                return;
            }
            connected = true;
            List<HttpObject> parts = new ArrayList<>(pending);
            pending.clear();
            ChannelPromise written = pendingWritten;
            pendingWritten = null;
            ChannelFuture last = null;
            for (HttpObject part : parts) {
                last = opened.write(part);
            }
            opened.flush();
            if (last == null) {
                written.trySuccess();
                return;
            }
            last.addListener(w -> {
                if (w.isSuccess()) {
                    written.trySuccess();
                } else {
                    written.tryFailure(w.cause());
                    failed(opened, w.cause());
                }
            });
        });
    }

    private void connectFailed(Throwable cause) {
        pending.forEach(ReferenceCountUtil::release);
        pending.clear();
        if (pendingWritten != null) {
            pendingWritten.tryFailure(cause);
            pendingWritten = null;
        }
        channel = null;
        if (cause instanceof ConnectTimeoutException) {
            fail(
                    ProxyError.GATEWAY_TIMEOUT,
                    "The upstream " + upstream + " did not accept a connection within "
                            + describe(proxy.upstreamTimeout()) + ".");
        } else {
            fail(ProxyError.BAD_GATEWAY, "Cannot connect to the upstream " + upstream + ": " + reason(cause) + ".");
        }
    }

    // ---- pacing while a large answer streams to a slower client ----

    void pauseReading() {
        if (channel != null) {
            channel.config().setAutoRead(false);
        }
    }

    void resumeReading() {
        if (channel != null) {
            channel.config().setAutoRead(true);
        }
    }

    // ---- the upstream's answer ----

    private void received(Channel from, Object msg) {
        if (from != channel) {
            return;
        }
        if (exchange == null) {
            from.close(); // an answer nobody asked for: the connection is out of step
            return;
        }
        lastHeard = System.nanoTime();
        if (msg instanceof HttpResponse response) {
            if (response.decoderResult().isFailure()) {
                notHttp(response.decoderResult().cause());
                return;
            }
            if (response.status().codeClass() == HttpStatusClass.INFORMATIONAL) {
                skippingInformational = true; // 100 Continue and the like: the final answer follows
                return;
            }
            answerStarted = true;
            releaseRetry();
            client.responseHead(exchange, response);
            if (exchange == null) {
                return;
            }
        }
        if (msg instanceof HttpContent content) {
            if (content.decoderResult().isFailure()) {
                notHttp(content.decoderResult().cause());
                return;
            }
            boolean last = content instanceof LastHttpContent;
            if (skippingInformational) {
                skippingInformational = !last;
                return;
            }
            Exchange current = exchange;
            if (last) {
                exchange = null;
                if (!HttpUtil.isKeepAlive(current.response)) {
                    close();
                }
            }
            client.responseContent(current, content, this);
        }
    }

    private void notHttp(Throwable cause) {
        fail(ProxyError.BAD_GATEWAY, "The upstream's answer is not valid HTTP/1.1: " + reason(cause) + ".");
    }

    private void closed(Channel from) {
        if (from != channel) {
            return;
        }
        channel = null;
        connected = false;
        if (exchange != null && !retried()) {
            fail(ProxyError.BAD_GATEWAY, "The upstream closed the connection before its answer was complete.");
        }
        if (exchange == null) {
            client.upstreamClosed(this);
        }
    }

    private void failed(Channel from, Throwable cause) {
        if (from != channel) {
            return;
        }
        if (cause instanceof DecoderException && !(cause.getCause() instanceof SSLException)) {
            notHttp(cause);
            return;
        }
        channel = null;
        connected = false;
        from.close();
        if (exchange != null && !retried()) {
            fail(
                    ProxyError.BAD_GATEWAY,
                    "The connection to the upstream " + upstream + " failed: " + reason(cause) + ".");
        }
    }

    /**
     * A kept-alive connection may have been closed by the upstream just as a request went out on it: a whole
     * request that got no answer yet is sent once more, on a new connection.
     */
    private boolean retried() {
        if (retry == null || answerStarted) {
            return false;
        }
        FullHttpRequest again = retry;
        retry = null;
        channel = null;
        connect();
        write(List.of(again), true);
        return true;
    }

    private void fail(ProxyError error, String message) {
        Exchange failed = exchange;
        close();
        if (failed != null) {
            client.upstreamFailed(failed, error, message);
        }
    }

    // ---- the upstream timeout: the upstream may stay silent this long while an answer is awaited ----

    /**
     * Starts the wait for an answer. One timer per connection, moved on lazily: it fires at most once per timeout
     * and then checks how long the upstream has been silent, so an exchange costs no timer of its own.
     */
    private void startTimeout(boolean written) {
        if (!written || exchange == null) {
            return;
        }
        lastHeard = System.nanoTime();
        if (timeout == null) {
            timeout = loop.schedule(this::checkTimeout, proxy.upstreamTimeout().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void checkTimeout() {
        timeout = null;
        if (exchange == null) {
            return;
        }
        long silent = System.nanoTime() - lastHeard;
        long allowed = proxy.upstreamTimeout().toNanos();
        if (silent < allowed) {
            timeout = loop.schedule(this::checkTimeout, allowed - silent, TimeUnit.NANOSECONDS);
            return;
        }
        fail(
                ProxyError.GATEWAY_TIMEOUT,
                "The upstream " + upstream + " did not answer within " + describe(proxy.upstreamTimeout()) + ".");
    }

    /** Only when the connection goes: between exchanges the timer finds nothing to do and lapses. */
    private void cancelTimeout() {
        if (timeout != null) {
            timeout.cancel(false);
            timeout = null;
        }
    }

    private void releaseRetry() {
        if (retry != null) {
            retry.release();
            retry = null;
        }
    }

    /** Closes the connection, dropping any exchange in flight; the next exchange opens a new one. */
    void close() {
        Channel open = channel;
        channel = null;
        connected = false;
        exchange = null;
        cancelTimeout();
        releaseRetry();
        pending.forEach(ReferenceCountUtil::release);
        pending.clear();
        if (open != null) {
            open.close();
        }
        client.upstreamClosed(this);
    }

    /** {@code 60 s}, {@code 250 ms}. */
    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static String reason(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ConnectException && root.getMessage() != null) {
            return root.getMessage().replaceFirst(":.*", "");
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : Exchange.oneLine(message);
    }

    /** The pipeline's end: hands what one channel reports to this connection, which ignores channels it let go. */
    private final class Events extends ChannelInboundHandlerAdapter {

        private final Channel ch;

        Events(Channel ch) {
            this.ch = ch;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            try {
                received(ch, msg);
            } finally {
                ReferenceCountUtil.release(msg);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            closed(ch);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            failed(ch, cause);
        }
    }
}

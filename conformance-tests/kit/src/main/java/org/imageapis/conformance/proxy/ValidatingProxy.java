package org.imageapis.conformance.proxy;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerExpectContinueHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.signing.AkSkCredentials;
import org.imageapis.specs.Specs;

/**
 * A reverse proxy that validates live traffic: a client sends its requests here instead of to the API, each
 * request and answer is checked against the API's spec and otherwise forwarded unchanged, an answer with
 * violations carries {@code X-Conformance-Violations: N}, and {@link #report()} (also served at
 * {@value #REPORT_PATH}) counts what was seen per operation.
 *
 * <pre>{@code
 * try (ValidatingProxy proxy = ValidatingProxy.builder()
 *         .api(Specs.Api.SWR)
 *         .upstream(URI.create("https://swr-api.eu-de.otc.t-systems.com"))
 *         .build()
 *         .start()) {
 *     // point the client at proxy.baseUri(), run it, then:
 *     proxy.report().operations().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>A request goes to the selected API whose spec has an operation at its path, and to that API's upstream; any
 * other path goes to the default upstream and is reported as an {@code unknown-operation}. Token requests pass
 * unchanged. An AK/SK-signed request is verified with {@link Builder#accessKey} and signed again for the upstream,
 * since its signature covers the {@code Host}; without an access key it is refused with a 401 saying so.
 */
public final class ValidatingProxy implements AutoCloseable {

    /** Where the proxy serves its report as JSON; requests here are never forwarded. */
    public static final String REPORT_PATH = "/__conformance/report";
    /** The default of {@link Builder#maxBodySize}: 16 MiB. */
    public static final long DEFAULT_MAX_BODY_SIZE = 16L << 20;
    /** The default of {@link Builder#upstreamTimeout}. */
    public static final Duration DEFAULT_UPSTREAM_TIMEOUT = Duration.ofSeconds(60);

    private final String host;
    private final int requestedPort;
    private final int threads;
    private final ProxyContext context;
    private final ExecutorService bigBodies;
    private EventLoopGroup loops;
    private Channel server;
    private boolean closed;

    private ValidatingProxy(Builder builder, ProxyContext context, ExecutorService bigBodies) {
        this.host = builder.host;
        this.requestedPort = builder.port;
        this.threads = builder.threads;
        this.context = context;
        this.bigBodies = bigBodies;
    }

    /** @return a builder: add the APIs and the upstream */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening.
     *
     * @return this proxy, listening
     * @throws UncheckedIOException when the address cannot be bound, such as a port in use; its message says which
     * @throws IllegalStateException after {@link #close()}: a proxy starts once
     */
    public synchronized ValidatingProxy start() {
        if (closed) {
            throw new IllegalStateException("the proxy is closed");
        }
        if (server != null) {
            return this;
        }
        loops = new MultiThreadIoEventLoopGroup(
                threads, new DefaultThreadFactory("conformance-proxy", true), NioIoHandler.newFactory());
        HttpDecoderConfig decoder =
                new HttpDecoderConfig().setMaxInitialLineLength(16 * 1024).setMaxHeaderSize(16 * 1024);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(loops)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline()
                                .addLast(
                                        new HttpServerCodec(decoder),
                                        new HttpServerExpectContinueHandler(),
                                        new ClientConnection(context));
                    }
                });
        try {
            server = bootstrap.bind(host, requestedPort).syncUninterruptibly().channel();
        } catch (Exception e) { // bind() rethrows its checked cause undeclared
            loops.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            String reason = e instanceof BindException
                    ? "the address is in use or not available here"
                    : String.valueOf(e.getMessage());
            throw new UncheckedIOException(
                    "cannot listen on " + host + ":" + requestedPort + ": " + reason,
                    e instanceof java.io.IOException io ? io : new java.io.IOException(e));
        }
        return this;
    }

    /** @return the port listened on (the one chosen when 0 was asked for) */
    public int port() {
        requireStarted();
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /**
     * {@code http://host:port}: where clients send their requests.
     *
     * @return the base URI
     */
    public URI baseUri() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + port());
    }

    /** @return what was seen so far */
    public ProxyReport report() {
        return context.report().snapshot();
    }

    /** @return the selected APIs with their upstreams */
    public Map<Specs.Api, URI> upstreams() {
        Map<Specs.Api, URI> upstreams = new EnumMap<>(Specs.Api.class);
        context.router().upstreams().forEach((api, upstream) -> upstreams.put(api, upstream.uri()));
        return upstreams;
    }

    /** Stops listening and closes every connection; exchanges in flight are cut off. The report stays readable. */
    @Override
    public synchronized void close() {
        closed = true;
        if (server != null) {
            server.close().syncUninterruptibly();
            server = null;
        }
        if (loops != null) {
            loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            loops = null;
        }
        bigBodies.shutdownNow();
    }

    private void requireStarted() {
        if (server == null) {
            throw new IllegalStateException("the proxy is not started");
        }
    }

    @Override
    public String toString() {
        return "ValidatingProxy[" + host + ":" + (server == null ? requestedPort + ", stopped" : port()) + ", "
                + context.router().upstreams() + "]";
    }

    /** Sets up a proxy; every setting but the APIs and the default upstream has a default. */
    public static final class Builder {
        private final Map<Specs.Api, ConformanceValidator> validators = new EnumMap<>(Specs.Api.class);
        private final Map<Specs.Api, Upstream> upstreams = new EnumMap<>(Specs.Api.class);
        private Upstream defaultUpstream;
        private boolean strict;
        private AkSkCredentials accessKey;
        private long maxBodySize = DEFAULT_MAX_BODY_SIZE;
        private Duration upstreamTimeout = DEFAULT_UPSTREAM_TIMEOUT;
        private String host = "127.0.0.1";
        private int port;
        private int threads = Runtime.getRuntime().availableProcessors();
        private TrustManagerFactory trust;
        private Consumer<String> log = line -> {};
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * Validates this API's traffic with its bundled spec.
         *
         * @param api the API
         * @return this builder
         */
        public Builder api(Specs.Api api) {
            return api(api, ConformanceValidator.forApi(api));
        }

        /**
         * Validates this API's traffic with this validator.
         *
         * @param api the API
         * @param validator the validator, e.g. a strict one or one of another spec
         * @return this builder
         */
        public Builder api(Specs.Api api, ConformanceValidator validator) {
            validators.put(Objects.requireNonNull(api, "api"), Objects.requireNonNull(validator, "validator"));
            return this;
        }

        /**
         * Validates the traffic of all four APIs with their bundled specs.
         *
         * @return this builder
         */
        public Builder allApis() {
            for (Specs.Api api : Specs.Api.values()) {
                api(api);
            }
            return this;
        }

        /**
         * Where requests go by default: an http or https base URL, whose path prefix, if any, is put in front of
         * every forwarded path.
         *
         * @param url the upstream's base URL
         * @return this builder
         * @throws IllegalArgumentException for a URL that is not absolute http(s), or has user info, query or fragment
         */
        public Builder upstream(URI url) {
            this.defaultUpstream = parse(url);
            return this;
        }

        /**
         * Where one API's requests go instead of the default upstream.
         *
         * @param api the API
         * @param url its upstream's base URL
         * @return this builder
         */
        public Builder upstream(Specs.Api api, URI url) {
            upstreams.put(Objects.requireNonNull(api, "api"), parse(url));
            return this;
        }

        /**
         * Undeclared fields and query parameters are errors rather than warnings (default: warnings).
         *
         * @param strict whether undeclared fields are errors
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * The key pair the clients sign with: signed requests are verified with it and signed again.
         *
         * @param accessKey the clients' key pair
         * @return this builder
         */
        public Builder accessKey(AkSkCredentials accessKey) {
            this.accessKey = Objects.requireNonNull(accessKey, "accessKey");
            return this;
        }

        /**
         * Bodies up to this many bytes are held and validated; larger ones stream through unvalidated.
         *
         * @param bytes the largest body validated, in bytes
         * @return this builder
         */
        public Builder maxBodySize(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxBodySize must be positive");
            }
            this.maxBodySize = bytes;
            return this;
        }

        /**
         * How long the upstream may take to accept a connection, and stay silent while an answer is awaited.
         *
         * @param timeout the connect and read timeout
         * @return this builder
         */
        public Builder upstreamTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("upstreamTimeout must be positive");
            }
            this.upstreamTimeout = timeout;
            return this;
        }

        /**
         * The address to listen on (default {@code 127.0.0.1}).
         *
         * @param host the address
         * @return this builder
         */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * The port to listen on; 0 (the default) picks a free one.
         *
         * @param port the port, from 0 to 65535
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535");
            }
            this.port = port;
            return this;
        }

        /**
         * Event-loop threads (default: one per processor).
         *
         * @param threads event-loop threads, at least 1
         * @return this builder
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = threads;
            return this;
        }

        /**
         * Which certificates https upstreams may present (default: the JVM's trusted authorities).
         *
         * @param trust the trust for https upstreams
         * @return this builder
         */
        public Builder upstreamTrust(TrustManagerFactory trust) {
            this.trust = Objects.requireNonNull(trust, "trust");
            return this;
        }

        /**
         * Receives one line per exchange with violations and per error the proxy answers itself; the lines name the
         * operation, method, path, status and each violation's rule and pointer, never a header or query value.
         *
         * @param log where the lines go
         * @return this builder
         */
        public Builder log(Consumer<String> log) {
            this.log = Objects.requireNonNull(log, "log");
            return this;
        }

        /**
         * The clock signatures are checked and made with (default: the system clock).
         *
         * @param clock the clock signatures are checked against
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @return the proxy, not started
         * @throws IllegalStateException without an API or a default upstream
         * @throws IllegalArgumentException when the TLS client cannot be set up
         */
        public ValidatingProxy build() {
            if (validators.isEmpty()) {
                throw new IllegalStateException("select at least one API");
            }
            if (defaultUpstream == null) {
                throw new IllegalStateException("set the default upstream");
            }
            Map<Specs.Api, ConformanceValidator> selected = new EnumMap<>(Specs.Api.class);
            validators.forEach((api, validator) -> selected.put(api, strict ? validator.strict() : validator));
            Router router = new Router(selected, defaultUpstream, upstreams);
            ExecutorService bigBodies = Executors.newFixedThreadPool(
                    threads, new DefaultThreadFactory("conformance-proxy-validation", true));
            ProxyContext context = new ProxyContext(
                    router,
                    new ExchangeChecks(new ArrayList<>(selected.keySet()), maxBodySize),
                    new SignatureRelay(accessKey, clock),
                    new ReportCollector(),
                    maxBodySize,
                    upstreamTimeout,
                    tls(),
                    bigBodies,
                    log);
            return new ValidatingProxy(this, context, bigBodies);
        }

        private SslContext tls() {
            boolean secure =
                    defaultUpstream.secure() || upstreams.values().stream().anyMatch(Upstream::secure);
            if (!secure) {
                return null;
            }
            try {
                return SslContextBuilder.forClient()
                        .trustManager(trust)
                        .endpointIdentificationAlgorithm("HTTPS")
                        .build();
            } catch (SSLException e) {
                throw new IllegalArgumentException("cannot set up TLS for the upstream: " + e.getMessage(), e);
            }
        }

        private static Upstream parse(URI url) {
            try {
                return Upstream.parse(Objects.requireNonNull(url, "url").toString());
            } catch (IllegalArgumentException e) {
                // The URL is left out: it may hold a password in its user info.
                throw new IllegalArgumentException("invalid upstream URL: " + e.getMessage(), e);
            }
        }
    }
}

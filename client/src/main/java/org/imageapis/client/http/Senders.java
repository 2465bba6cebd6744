package org.imageapis.client.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Which {@link Sender} sends a call. With the caller's {@code HttpClient}, that client sends every
 * call, as it is. Without one, the client sends https calls with a java.net.http {@code
 * HttpClient} of its own (built on first use, with its defaults: HTTP/2 where the server offers it
 * through ALPN, else HTTP/1.1) and plain-http calls, which it speaks as HTTP/1.1 only, with {@link
 * UrlConnectionSender} on the calling thread.
 */
public final class Senders {

    private final Sender https;
    private final Sender plainHttp;

    private Senders(Sender https, Sender plainHttp) {
        this.https = https;
        this.plainHttp = plainHttp;
    }

    /**
     * Every call through the caller's {@code HttpClient}.
     *
     * @param http the caller's client, not closed here
     * @return the senders
     */
    public static Senders callers(HttpClient http) {
        Sender sender = new JdkHttpSender(Objects.requireNonNull(http, "http"));
        return new Senders(sender, sender);
    }

    /**
     * The client's own, with this connect timeout.
     *
     * @param connectTimeout the time allowed to open a connection
     * @return the senders
     */
    public static Senders own(Duration connectTimeout) {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        return new Senders(new LazyJdkHttpSender(connectTimeout), new UrlConnectionSender(connectTimeout));
    }

    Sender forCall(boolean plainHttpEndpoint) {
        return plainHttpEndpoint ? plainHttp : https;
    }

    /**
     * A {@link JdkHttpSender} whose {@code HttpClient} is built on the first https call: each one
     * starts a selector thread, which a client that only calls plain-http endpoints never needs.
     */
    private static final class LazyJdkHttpSender implements Sender {
        private final Duration connectTimeout;
        private volatile JdkHttpSender sender;

        LazyJdkHttpSender(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        @Override
        public Reply send(URI uri, Map<String, String> headers, Duration timeout)
                throws IOException, InterruptedException {
            JdkHttpSender built = sender;
            if (built == null) {
                synchronized (this) {
                    built = sender;
                    if (built == null) {
                        sender = built = new JdkHttpSender(HttpClient.newBuilder()
                                .connectTimeout(connectTimeout)
                                .build());
                    }
                }
            }
            return built.send(uri, headers, timeout);
        }
    }
}

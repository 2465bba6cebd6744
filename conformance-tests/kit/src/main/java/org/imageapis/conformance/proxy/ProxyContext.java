package org.imageapis.conformance.proxy;

import io.netty.handler.ssl.SslContext;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What every connection of one proxy shares: routing, checks, AK/SK relay, the report, the limits and the log.
 *
 * @param router          which API and upstream a request goes to
 * @param checks          the request and response validation
 * @param signatures      the AK/SK verification and re-signing
 * @param report          where finished exchanges are counted
 * @param maxBodySize     the largest body held in memory and validated, in bytes
 * @param upstreamTimeout how long the upstream may stay silent while an answer is awaited
 * @param tls             the TLS client context for https upstreams, or {@code null} when there is none
 * @param bigBodies       where bodies too large to validate on an event loop are validated
 * @param log             receives one line per exchange with violations and per error of the proxy
 */
record ProxyContext(
        Router router,
        ExchangeChecks checks,
        SignatureRelay signatures,
        ReportCollector report,
        long maxBodySize,
        Duration upstreamTimeout,
        SslContext tls,
        Executor bigBodies,
        Consumer<String> log) {

    /** Bodies up to this size are validated on the event loop that read them; larger ones on {@link #bigBodies}. */
    static final int EVENT_LOOP_VALIDATION_LIMIT = 256 * 1024;
}

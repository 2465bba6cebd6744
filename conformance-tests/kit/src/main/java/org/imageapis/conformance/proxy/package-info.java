/**
 * The validating proxy ({@code conformance.jar proxy}): a reverse proxy that checks live traffic against the
 * specs. {@link org.imageapis.conformance.proxy.ValidatingProxy} is the entry point and
 * {@link org.imageapis.conformance.proxy.ProxyReport} what it reports; the rest is its machinery: routing by path
 * ({@code Router}), the checks of each exchange ({@code ExchangeChecks}), AK/SK re-signing ({@code SignatureRelay}),
 * the counts ({@code ReportCollector}), and the two sides of each connection on Netty ({@code ClientConnection},
 * {@code UpstreamConnection}).
 */
package org.imageapis.conformance.proxy;

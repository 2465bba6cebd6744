package org.imageapis.conformance.tck;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.imageapis.conformance.RequestTarget;
import org.imageapis.conformance.http.Auth;
import org.imageapis.conformance.http.RawHttpClient;
import org.imageapis.conformance.spec.OperationSpec;
import org.imageapis.signing.SignableRequest;
import org.imageapis.signing.Signer;

/**
 * Sends the kit's requests to one API's base URL over a kept-alive connection, adds the credentials a request is
 * meant to carry (the token, else an AK/SK signature) and the {@code Content-Type} the providers' SDKs send, and
 * records every exchange in the run's journal. Never throws for a failed exchange: it is recorded without a response.
 */
final class Sender implements AutoCloseable {

    private static final Signer SIGNER = new Signer();

    private final String basePath;
    private final TckSettings settings;
    private final RawHttpClient http;
    private final List<Exchange> journal;

    Sender(URI baseUrl, TckSettings settings, List<Exchange> journal) {
        String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
        this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.settings = settings;
        this.http = new RawHttpClient(baseUrl, settings.timeout());
        this.journal = journal;
    }

    /** Sends the request for {@code check} and records the exchange. */
    Exchange send(CheckName check, OperationSpec operation, TckRequest request) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("Content-Type", "application/json"));
        headers.addAll(request.headers());
        if (request.auth() == Auth.VALID) {
            settings.token()
                    .ifPresentOrElse(
                            token -> headers.add(Map.entry("X-Auth-Token", token)),
                            () -> headers.addAll(signature(
                                            request.method(),
                                            request.target(),
                                            headers,
                                            settings.clock().instant())
                                    .entrySet()));
        }
        Exchange exchange;
        try {
            exchange = new Exchange(
                    check,
                    operation.id(),
                    request,
                    http.send(request.method(), basePath + request.target(), headers),
                    null);
        } catch (IOException | RuntimeException e) {
            http.close();
            exchange = new Exchange(check, operation.id(), request, null, String.valueOf(e.getMessage()));
        }
        synchronized (journal) {
            journal.add(exchange);
        }
        return exchange;
    }

    /**
     * The headers an AK/SK signature adds to a request with these headers ({@code X-Sdk-Date}, {@code Authorization}
     * and, for temporary keys, {@code X-Security-Token}), signed at {@code at}; none without an access key.
     */
    Map<String, String> signature(String method, String target, List<Map.Entry<String, String>> headers, Instant at) {
        return signature(method, target, headers, at, true);
    }

    /** As {@link #signature(String, String, List, Instant)}, leaving {@code host} out of the signature if told to. */
    Map<String, String> signature(
            String method, String target, List<Map.Entry<String, String>> headers, Instant at, boolean signHost) {
        if (settings.accessKey().isEmpty()) {
            return Map.of();
        }
        RequestTarget parsed = RequestTarget.parse(basePath + target);
        SignableRequest.Builder builder = SignableRequest.builder()
                .method(method)
                .path(RequestTarget.decode(parsed.path()))
                .queryParameters(parsed.query())
                .header("Host", http.authority());
        // A repeated header travels as one value, its values joined by commas, as servers read it.
        Map<String, String> folded = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach(header -> folded.merge(header.getKey(), header.getValue(), (a, b) -> a + "," + b));
        folded.forEach(builder::header);
        SignableRequest signable = builder.build();
        if (signHost) {
            return SIGNER.sign(signable, settings.accessKey().get(), at);
        }
        List<String> others = signable.headers().keySet().stream()
                .filter(name -> !name.equals("host"))
                .toList();
        return SIGNER.signOnly(signable, settings.accessKey().get(), at, others);
    }

    /** The {@code Host} header the requests carry. */
    String authority() {
        return http.authority();
    }

    @Override
    public void close() {
        http.close();
    }
}

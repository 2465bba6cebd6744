package org.imageapis.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends plain-http calls with {@link HttpURLConnection}, when the caller gave no {@code HttpClient}.
 * It writes and reads on the calling thread, where java.net.http hands every exchange to its
 * selector thread and an executor and back; against the reference server on loopback that cut
 * each call's time by about 40% (BENCHMARKS.md). Plain http is HTTP/1.1 only for this client
 * anyway, so nothing is lost.
 *
 * <p>Set to behave as the client's java.net.http {@code HttpClient} does: redirects are not
 * followed, no response cache is asked, the JDK's default proxy selector applies, and idle
 * connections are kept alive and reused (the JDK's keep-alive cache). {@code Host} is the URI's
 * host, with its port unless it is the default one, as java.net.http sends it.
 *
 * <p>Two differences: the request timeout is the longest wait for any byte of the answer, headers
 * or body (java.net.http's covers the time until the headers, not the body); and a blocked read
 * does not end when the calling thread is interrupted, only when the timeout passes.
 */
final class UrlConnectionSender implements Sender {

    private final int connectTimeoutMillis;

    UrlConnectionSender(Duration connectTimeout) {
        this.connectTimeoutMillis = millis(connectTimeout);
    }

    @Override
    public Reply send(URI uri, Map<String, String> headers, Duration timeout) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        connection.setUseCaches(false);
        connection.setConnectTimeout(connectTimeoutMillis);
        connection.setReadTimeout(millis(timeout));
        headers.forEach(connection::setRequestProperty);
        try {
            connection.connect();
        } catch (SocketTimeoutException e) {
            throw withCause(new HttpConnectTimeoutException("connect timed out"), e);
        }
        try {
            int status = connection.getResponseCode();
            byte[] body;
            // An error status's body is on the error stream (null when there is none). Reading it to
            // the end and closing it returns the connection to the keep-alive cache.
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                body = in == null ? new byte[0] : in.readAllBytes();
            }
            long expected = connection.getContentLengthLong();
            if (expected >= 0 && body.length != expected) {
                // HttpURLConnection returns a body cut short by a closed connection as if it were whole.
                throw new IOException("the response body ended after " + body.length + " of " + expected + " bytes");
            }
            return new Reply(status, headers(connection), body);
        } catch (SocketTimeoutException e) {
            connection.disconnect();
            throw withCause(new HttpTimeoutException("request timed out"), e);
        } catch (IOException e) {
            connection.disconnect();
            throw e;
        }
    }

    /**
     * The response headers in the order received. {@code getHeaderFields()} would do, but it lists
     * the values of a repeated header last first and keeps the case of each name apart.
     */
    private static HttpHeaders headers(HttpURLConnection connection) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; connection.getHeaderField(i) != null; i++) {
            String name = connection.getHeaderFieldKey(i);
            if (name != null) {
                headers.computeIfAbsent(name, n -> new ArrayList<>()).add(connection.getHeaderField(i));
            }
        }
        return HttpHeaders.of(headers, (name, value) -> true);
    }

    /** Whole milliseconds, at least 1 (0 would mean no timeout at all), at most what an int holds. */
    private static int millis(Duration duration) {
        long millis = duration.toMillis();
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, millis));
    }

    private static <E extends IOException> E withCause(E exception, IOException cause) {
        exception.initCause(cause);
        return exception;
    }
}

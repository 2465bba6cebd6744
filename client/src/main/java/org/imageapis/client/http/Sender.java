package org.imageapis.client.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Map;

/**
 * Sends one attempt of a GET and reads the whole answer. Failures are reported as java.net.http
 * reports them, whichever library sends: {@link java.net.http.HttpConnectTimeoutException} when no
 * connection opened in time, {@link java.net.http.HttpTimeoutException} when the answer did not
 * come within {@code timeout}, any other {@link IOException} when the connection failed.
 */
interface Sender {

    /** A response as received. */
    record Reply(int status, HttpHeaders headers, byte[] body) {}

    /** Sends {@code GET uri} with exactly these headers (plus the library's own, such as {@code Host}). */
    Reply send(URI uri, Map<String, String> headers, Duration timeout) throws IOException, InterruptedException;
}

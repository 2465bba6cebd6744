package org.imageapis.conformance.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;

/**
 * A minimal HTTP/1.1 client over one keep-alive socket (TLS for {@code https}). It writes the request line and
 * headers byte for byte as given, so the fuzzer can send what {@code java.net.URI} and {@code java.net.http} refuse
 * to build (malformed escapes, raw non-ASCII, any method). Reads {@code Content-Length} and chunked bodies. One
 * instance serves one thread.
 */
public final class RawHttpClient implements AutoCloseable {

    /** A response as received: status, headers in order, body. */
    public record Response(int status, List<Map.Entry<String, String>> headers, byte[] body) {
        /**
         * The first value of the header with this name, in any case, or {@code null}.
         *
         * @param name the header's name, in any case
         * @return its first value, or {@code null}
         */
        public String header(String name) {
            return headers.stream()
                    .filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
        }
    }

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final InetSocketAddress address;
    private final boolean tls;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /**
     * A plain HTTP client of {@code host:port} with a 5 s connect and read timeout.
     *
     * @param host the server's host
     * @param port its port
     */
    public RawHttpClient(String host, int port) {
        this(URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port), DEFAULT_TIMEOUT);
    }

    /**
     * A client of the origin of {@code uri} ({@code http} or {@code https}, default ports 80 and 443); its path is
     * ignored. {@code timeout} bounds the connect and each read.
     *
     * @param uri an http or https URI; only its origin is used
     * @param timeout the connect and read timeout
     */
    public RawHttpClient(URI uri, Duration timeout) {
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http or https URL: " + uri);
        }
        this.tls = scheme.equals("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : tls ? 443 : 80;
        this.address = InetSocketAddress.createUnresolved(uri.getHost().replaceAll("^\\[|]$", ""), port);
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    /** @return the {@code Host} header this client sends: the host, and the port unless it is the scheme's default */
    public String authority() {
        String host = address.getHostString();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return address.getPort() == (tls ? 443 : 80) ? shown : shown + ":" + address.getPort();
    }

    /**
     * Sends one request exactly as given (adding {@code Host} unless it is among {@code headers}) and reads the answer.
     *
     * @param method  the HTTP method
     * @param target  the request target, sent as it is
     * @param headers the headers, in order
     * @return the response
     * @throws IOException when the connection or the exchange fails
     */
    public Response send(String method, String target, List<Map.Entry<String, String>> headers) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        write(request, method + " " + target + " HTTP/1.1\r\n");
        if (headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Host"))) {
            write(request, "Host: " + authority() + "\r\n");
        }
        for (Map.Entry<String, String> header : headers) {
            write(request, header.getKey() + ": " + header.getValue() + "\r\n");
        }
        write(request, "\r\n");
        try {
            return exchange(request.toByteArray(), method.equals("HEAD"));
        } catch (IOException e) {
            // The server may close a kept-alive connection at any time: one retry on a fresh one.
            close();
            return exchange(request.toByteArray(), method.equals("HEAD"));
        }
    }

    private Response exchange(byte[] request, boolean head) throws IOException {
        if (socket == null) {
            socket = connect();
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }
        out.write(request);
        out.flush();
        String statusLine = readLine();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            headers.add(Map.entry(
                    line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
        Response response = new Response(status, headers, head ? new byte[0] : readBody(headers));
        String connection = response.header("Connection");
        if (connection != null && connection.toLowerCase(Locale.ROOT).contains("close")) {
            close();
        }
        return response;
    }

    private Socket connect() throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(address.getHostString(), address.getPort()), timeoutMillis);
            plain.setSoTimeout(timeoutMillis);
            plain.setTcpNoDelay(true);
            return tls
                    ? ((SSLSocketFactory) SSLSocketFactory.getDefault())
                            .createSocket(plain, address.getHostString(), address.getPort(), true)
                    : plain;
        } catch (IOException e) {
            plain.close();
            throw e;
        }
    }

    private byte[] readBody(List<Map.Entry<String, String>> headers) throws IOException {
        Response probe = new Response(0, headers, null);
        String length = probe.header("Content-Length");
        if (length != null) {
            return in.readNBytes(Integer.parseInt(length));
        }
        String encoding = probe.header("Transfer-Encoding");
        if (encoding == null || !encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return new byte[0];
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            body.write(in.readNBytes(size));
            readLine();
        }
        while (!readLine().isEmpty()) {
            continue; // skips the trailers
        }
        return body.toByteArray();
    }

    private int chunkSize() throws IOException {
        String line = readLine();
        int semicolon = line.indexOf(';');
        return Integer.parseInt((semicolon >= 0 ? line.substring(0, semicolon) : line).trim(), 16);
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed by the server");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a socket that failed: nothing left to release
            }
            socket = null;
        }
    }
}

package org.imageapis.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.ContentEncoding;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpPacketParsing;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.Protocol;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Grizzly's HTTP/1.1 codec, answering the requests it refuses itself like the application answers errors: an
 * {@code ErrorResponse} body with {@code X-Request-Id}, instead of an empty 400. The codec refuses a request line
 * or headers over the listener's limits, malformed heads and bodies, and (added here) any HTTP version but 1.0 and
 * 1.1, which Grizzly would otherwise answer as HTTP/1.1. Grizzly closes the connection after such an answer.
 * Requests the codec accepts take exactly Grizzly's path.
 */
public final class ErrorAnsweringHttpCodec extends HttpServerFilter {

    // Grizzly's exception messages for the two size limits (sic).
    private static final String REQUEST_LINE_OVERFLOW = "HTTP packet intial line is too large";
    private static final String HEADERS_OVERFLOW = "HTTP packet header is too large";
    private static final Pattern HTTP_VERSION = Pattern.compile("HTTP/\\d\\.\\d");
    // A request attribute, not a note: Grizzly reuses request objects and clears only their attributes.
    private static final String ERROR = CodecError.class.getName();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxRequestHeaders;

    // The only constructor that takes every limit; HttpServer builds its codec with it too.
    @SuppressWarnings("deprecation")
    private ErrorAnsweringHttpCodec(NetworkListener listener, HttpServerFilter original) {
        super(
                listener.isChunkingEnabled(),
                maxHeadBytes(listener),
                original.getDefaultResponseContentType(),
                listener.getKeepAlive(),
                null,
                listener.getMaxRequestHeaders(),
                listener.getMaxResponseHeaders());
        this.maxRequestHeaders = listener.getMaxRequestHeaders();
        for (ContentEncoding encoding : original.getContentEncodings()) {
            addContentEncoding(encoding);
        }
        setAllowPayloadForUndefinedHttpMethods(original.isAllowPayloadForUndefinedHttpMethods());
        setMaxPayloadRemainderToSkip(original.getMaxPayloadRemainderToSkip());
        setPreserveHeaderCase(original.isPreserveHeaderCase());
        setRemoveHandledContentEncodingHeaders(original.isRemoveHandledContentEncodingHeaders());
        getMonitoringConfig().addProbes(original.getMonitoringConfig().getProbes());
    }

    /**
     * Puts this codec in place of the one {@code HttpServer} built for a listener, with the same settings. Register
     * it on the listener before the server starts.
     *
     * @return the add-on
     */
    public static AddOn addOn() {
        return (listener, chain) -> {
            int codec = chain.indexOfType(HttpServerFilter.class);
            chain.set(codec, new ErrorAnsweringHttpCodec(listener, (HttpServerFilter) chain.get(codec)));
        };
    }

    private static int maxHeadBytes(NetworkListener listener) {
        return listener.getMaxHttpHeaderSize() == -1
                ? DEFAULT_MAX_HTTP_PACKET_HEADER_SIZE
                : listener.getMaxHttpHeaderSize();
    }

    @Override
    protected boolean onHttpHeaderParsed(HttpHeader header, Buffer buffer, FilterChainContext ctx) {
        boolean failed = super.onHttpHeaderParsed(header, buffer, ctx);
        Protocol protocol = header.getProtocol();
        if (!failed && protocol != Protocol.HTTP_1_1 && protocol != Protocol.HTTP_1_0) {
            // HTTP/2.0, or HTTP/0.9 (no version at all), which Grizzly would pass on: refused, classified below.
            header.getProcessingState().setError(true);
            return true;
        }
        return failed;
    }

    @Override
    protected void onHttpHeaderError(HttpHeader header, FilterChainContext ctx, Throwable failure) throws IOException {
        HttpRequestPacket request = (HttpRequestPacket) header;
        CodecError error = classify(request, failure);
        request.setAttribute(ERROR, error);
        // With its standard reason phrase: Grizzly may have set another status's, e.g. a 505 for "HTTP/1.1 x".
        request.getResponse().setStatus(HttpStatus.getHttpStatus(error.status()));
        // The answer is a plain HTTP/1.1 response whatever version or upgrade the request asked for; without
        // this, Grizzly would leave out Content-Type and Connection.
        request.setProtocol(Protocol.HTTP_1_1);
        request.setIgnoreContentModifiers(false);
        super.onHttpHeaderError(header, ctx, failure);
    }

    private static CodecError classify(HttpRequestPacket request, Throwable failure) {
        if (failure instanceof MimeHeaders.MaxHeaderCountExceededException) {
            return CodecError.TOO_MANY_HEADERS;
        }
        if (REQUEST_LINE_OVERFLOW.equals(failure.getMessage())) {
            return CodecError.REQUEST_LINE_TOO_LONG;
        }
        if (HEADERS_OVERFLOW.equals(failure.getMessage())) {
            return CodecError.HEADERS_TOO_LARGE;
        }
        if (failure instanceof NumberFormatException) {
            return CodecError.BAD_CONTENT_LENGTH; // the one number Grizzly parses while reading the head
        }
        // Otherwise the head was read and then refused (Grizzly's "Bad HTTP headers"). The version as sent:
        String version = Objects.toString(request.getProtocolDC().toString(), "");
        if (!HTTP_VERSION.matcher(version).matches()) {
            return CodecError.MALFORMED_REQUEST_LINE;
        }
        if (!version.equals(Protocol.HTTP_1_1.getProtocolString())
                && !version.equals(Protocol.HTTP_1_0.getProtocolString())) {
            return CodecError.UNSUPPORTED_VERSION;
        }
        if (((HttpPacketParsing) request).getHeaderParsingState().contentLengthsDiffer) {
            return CodecError.CONFLICTING_CONTENT_LENGTHS;
        }
        if (version.equals(Protocol.HTTP_1_1.getProtocolString()) && request.getHeader("Host") == null) {
            return CodecError.MISSING_HOST;
        }
        return CodecError.MALFORMED_HEADERS;
    }

    /** Called for every answer the codec makes itself: a refused head (classified above) or a malformed body. */
    @Override
    protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
        HttpRequestPacket request = response.getRequest();
        Object refusal = request.getAttribute(ERROR);
        CodecError error = refusal == null ? CodecError.MALFORMED_BODY : (CodecError) refusal;
        // No path when the request line could not be read; ErrorCodes then names no API.
        String path = Objects.toString(request.getRequestURI(), "");
        byte[] body = json(new ApiError(
                ErrorCodes.forStatus(response.getStatus(), path), error.message(maxHeadersSize, maxRequestHeaders)));
        response.setHeader(RequestIdFilter.HEADER, RequestIdFilter.newId());
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getProcessingState().setKeepAlive(false); // Grizzly closes the connection: "Connection: close"
        return HttpContent.builder(response)
                .content(Buffers.wrap(request.getConnection().getMemoryManager(), body))
                .last(true)
                .build();
    }

    private static byte[] json(ApiError error) {
        try {
            return JSON.writeValueAsBytes(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("two strings always serialise", e);
        }
    }
}

package org.imageapis.client.http;

import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.function.Function;
import org.imageapis.client.RawResponse;

/** A {@link RawResponse} over the transport's response that maps the body when first asked. */
public final class LazyRawResponse<T> implements RawResponse<T> {

    private final ApiResponse response;
    private final Function<ApiResponse, T> parser;
    private volatile T parsed;

    /**
     * @param response the success response
     * @param parser maps its body onto the typed result, on the first {@link #parse()}
     */
    public LazyRawResponse(ApiResponse response, Function<ApiResponse, T> parser) {
        this.response = response;
        this.parser = parser;
    }

    @Override
    public int status() {
        return response.status();
    }

    @Override
    public HttpHeaders headers() {
        return response.headers();
    }

    @Override
    public byte[] body() {
        return response.body().clone();
    }

    @Override
    public T parse() {
        T result = parsed;
        if (result == null) {
            synchronized (this) {
                if (parsed == null) {
                    parsed = Objects.requireNonNull(parser.apply(response), "parsed body");
                }
                result = parsed;
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "RawResponse[" + response.call() + " -> " + response.status()
                + requestId().map(id -> ", request id " + id).orElse("") + "]";
    }
}

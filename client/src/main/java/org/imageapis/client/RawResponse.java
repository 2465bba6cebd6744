package org.imageapis.client;

import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * A successful response with its metadata: status, headers and request id, and the typed body from
 * {@link #parse()}. Obtained from a service's {@code withRawResponse()}, as in
 * {@code client.swr().withRawResponse().listSharedRepositories(request)}.
 *
 * @param <T> the type the service's typed call answers
 */
public interface RawResponse<T> {

    /** @return the HTTP status, a 2xx: error statuses throw as the typed calls do */
    int status();

    /** @return every response header */
    HttpHeaders headers();

    /**
     * @param name a header name, in any case
     * @return the header's first value, if the response has it
     */
    default Optional<String> header(String name) {
        return headers().firstValue(name);
    }

    /** @return the {@code X-Request-Id} header, which the provider's support asks for */
    default Optional<String> requestId() {
        return header("X-Request-Id");
    }

    /** @return the body as received */
    byte[] body();

    /**
     * The body mapped onto the typed result, once; later calls return the same object.
     *
     * @return the typed result
     *
     * @throws org.imageapis.client.errors.InvalidResponseException when the body does not fit the model
     */
    T parse();
}

package org.imageapis.conformance.proxy;

import java.util.Locale;

/** Why part of an exchange was forwarded without being validated. */
enum NotValidated {
    /** The request body is larger than the maximum size: forwarded as it streamed in (request bodies are not validated anyway). */
    REQUEST_BODY_OVER_MAX_SIZE,
    /** The response body is larger than the maximum size: forwarded as it streamed in; its status and headers are still checked. */
    RESPONSE_BODY_OVER_MAX_SIZE,
    /** The request matched no operation, so there is nothing to check the response against. */
    NO_OPERATION,
    /** The response body has a {@code Content-Encoding} the proxy does not decode (gzip and deflate it does). */
    CONTENT_ENCODING;

    /** The kebab-case name used in reports, such as {@code response-body-over-max-size}. */
    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package org.imageapis.server.http;

/**
 * A response body already serialized: {@link RenderedWriter} writes these bytes as they are. The resources answer
 * with model objects that also carry their JSON, so that an answer the server gives again (the same query, the
 * same page) is serialized once.
 */
public interface Rendered {

    /** @return the body, UTF-8 JSON exactly as {@link JacksonConfig#mapper()} writes the object */
    byte[] json();
}

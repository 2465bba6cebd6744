package org.imageapis.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Serializes answers with the server's one Jackson configuration. */
public final class Json {

    private Json() {}

    /**
     * @param value a response model
     * @return its JSON, as the server's mapper writes it
     */
    public static byte[] bytes(Object value) {
        try {
            return JacksonConfig.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be serialized", e);
        }
    }
}

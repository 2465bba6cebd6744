package org.imageapis.server.http;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes a {@link Rendered} body: its bytes, with their length as {@code Content-Length}. Jackson's writer would
 * serialize the object again; this one copies bytes serialized once.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class RenderedWriter implements MessageBodyWriter<Rendered> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Rendered.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            Rendered rendered,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        byte[] json = rendered.json();
        // Both as strings: Jersey turns any other header value into one through a header-delegate lookup per
        // response (some 2 % of a request's time in a profile).
        headers.putSingle(
                HttpHeaders.CONTENT_TYPE,
                MediaType.APPLICATION_JSON_TYPE.equals(mediaType) ? MediaType.APPLICATION_JSON : mediaType.toString());
        headers.putSingle(HttpHeaders.CONTENT_LENGTH, Integer.toString(json.length));
        out.write(json);
    }
}

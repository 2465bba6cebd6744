package org.imageapis.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/** A doc page's example body, as the specs jar ships it under {@code openapi-src/<api>/examples/}. */
final class DocExample {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocExample() {}

    /** The example {@code file} of {@code api}, such as {@code read("hss", "list-image-basic-images-200.json")}. */
    static JsonNode read(String api, String file) throws IOException {
        String resource = "/openapi-src/" + api + "/examples/" + file;
        try (InputStream in = DocExample.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the classpath");
            }
            return JSON.readTree(in);
        }
    }
}

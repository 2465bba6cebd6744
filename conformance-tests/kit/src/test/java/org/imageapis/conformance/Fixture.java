package org.imageapis.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The fixture spec under {@code src/test/resources/fixture/} and a JSON helper. */
public final class Fixture {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ConformanceValidator validator;

    private Fixture() {}

    public static Path specFile() {
        try {
            return Path.of(Fixture.class.getResource("/fixture/openapi.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized ConformanceValidator validator() {
        if (validator == null) {
            validator = ConformanceValidator.forFile(specFile());
        }
        return validator;
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

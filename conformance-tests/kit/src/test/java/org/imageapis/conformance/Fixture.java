package org.imageapis.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.imageapis.specs.Specs;

/**
 * The fixture spec under {@code src/test/resources/fixture/}, as OpenAPI 3.0 ({@code openapi.yaml}) and as the
 * same spec in OpenAPI 3.1 ({@code openapi-3.1.yaml}), and a JSON helper.
 */
public final class Fixture {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Specs.OpenApiVersion, ConformanceValidator> VALIDATORS =
            new EnumMap<>(Specs.OpenApiVersion.class);
    private static final Map<String, ConformanceValidator> BUNDLED = new HashMap<>();

    private Fixture() {}

    public static Path specFile() {
        return specFile(Specs.OpenApiVersion.V3_0);
    }

    public static Path specFile(Specs.OpenApiVersion version) {
        String name = version == Specs.OpenApiVersion.V3_1 ? "openapi-3.1.yaml" : "openapi.yaml";
        try {
            return Path.of(Fixture.class.getResource("/fixture/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized ConformanceValidator validator(Specs.OpenApiVersion version) {
        return VALIDATORS.computeIfAbsent(version, v -> ConformanceValidator.forFile(specFile(v)));
    }

    /** A validator for a bundled spec in the given version, shared by the tests. */
    public static synchronized ConformanceValidator bundled(Specs.Api api, Specs.OpenApiVersion version) {
        return BUNDLED.computeIfAbsent(
                api.id() + "@" + version, key -> ConformanceValidator.forUrl(Specs.bundle(api, version)));
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

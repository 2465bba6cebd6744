package org.imageapis.specs;

import java.net.URL;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Loads the bundled, self-contained OpenAPI descriptions that this jar ships: OpenAPI 3.0.3 under {@code openapi/},
 * and the OpenAPI 3.1.0 variant of each, derived by the build from the same sources, under {@code openapi/3.1/}.
 */
public final class Specs {

    /** The APIs described by this project. */
    public enum Api {
        MODELARTS,
        WORKSPACE,
        HSS,
        SWR;

        /** The lowercase id used in file names, such as {@code modelarts}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The API with the given lowercase id. */
        public static Api fromId(String id) {
            return Arrays.stream(values())
                    .filter(api -> api.id().equals(id))
                    .findFirst()
                    .orElseThrow(() ->
                            new IllegalArgumentException("Unknown API id '" + id + "'; known ids: " + knownIds()));
        }

        private static String knownIds() {
            return Arrays.stream(values()).map(Api::id).collect(Collectors.joining(", "));
        }
    }

    /** The versions of the OpenAPI Specification each API's description is published in. */
    public enum OpenApiVersion {
        /** OpenAPI 3.0.3, as the specs are written; the code generators consume these. */
        V3_0("openapi/"),
        /** OpenAPI 3.1.0 (JSON Schema 2020-12), derived from the 3.0.3 description by the build. */
        V3_1("openapi/3.1/");

        private final String folder;

        OpenApiVersion(String folder) {
            this.folder = folder;
        }
    }

    private Specs() {}

    /** The bundled OpenAPI 3.0.3 description of {@code api} on the classpath, as {@code openapi/<id>.yaml}. */
    public static URL bundle(Api api) {
        return bundle(api, OpenApiVersion.V3_0);
    }

    /**
     * The bundled description of {@code api} in the given OpenAPI version: {@code openapi/<id>.yaml} for 3.0.3,
     * {@code openapi/3.1/<id>.yaml} for 3.1.0.
     */
    public static URL bundle(Api api, OpenApiVersion version) {
        String resource = version.folder + api.id() + ".yaml";
        URL url = Specs.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException(
                    resource + " is not on the classpath: add the image-apis-specs jar as a dependency");
        }
        return url;
    }
}

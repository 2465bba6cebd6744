package org.imageapis.specs;

import java.net.URL;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Loads the bundled, self-contained OpenAPI descriptions that this jar ships under {@code openapi/}. */
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

    private Specs() {}

    /** The bundled description of {@code api} on the classpath, as {@code openapi/<id>.yaml}. */
    public static URL bundle(Api api) {
        String resource = "openapi/" + api.id() + ".yaml";
        URL url = Specs.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException(
                    resource + " is not on the classpath: add the image-apis-specs jar as a dependency");
        }
        return url;
    }
}

package org.imageapis.conformance.tck;

import org.imageapis.specs.Specs;

/** What a user can do when a check finds nothing to work on. */
final class Hints {

    private Hints() {}

    /** Why a baseline query may have come back empty, and the option that helps. */
    static String forEmpty(ApiUnderTest api) {
        if (api.api() == Specs.Api.HSS) {
            return " (HSS looks up one image: pass --hss-image ID:TYPE for an image with base images; this run used "
                    + api.knownValue("image_id").orElse("?") + ":"
                    + api.knownValue("image_type").orElse("?") + ")";
        }
        return "";
    }
}

package org.imageapis.conformance.tck;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imageapis.signing.AkSkCredentials;
import org.imageapis.specs.Specs;

/**
 * What a run of the server test kit is told: see {@link ServerTestKit.Builder} for each setting's meaning.
 */
record TckSettings(
        Map<Specs.Api, URI> baseUrls,
        Optional<String> token,
        Optional<AkSkCredentials> accessKey,
        String projectId,
        String region,
        Optional<HssImage> hssImage,
        int requestsPerOperation,
        long seed,
        Set<CheckName> checks,
        boolean strict,
        Clock clock,
        Duration timeout) {

    /** Whether requests can carry valid credentials. */
    boolean hasCredentials() {
        return token.isPresent() || accessKey.isPresent();
    }

    /** The HSS image to look up: its id and {@code image_type}. */
    record HssImage(String id, String type) {}
}

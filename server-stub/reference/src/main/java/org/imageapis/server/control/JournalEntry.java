package org.imageapis.server.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imageapis.specs.Specs;

/**
 * One request as the server received it, secrets redacted: {@code X-Auth-Token} and {@code X-Security-Token} are
 * {@value RequestJournal#REDACTED}, and an {@code Authorization} value keeps its algorithm, access key and signed
 * headers but not its signature.
 *
 * @param method     the method as sent
 * @param path       the path as sent (still percent-encoded)
 * @param query      the query as sent (percent-encoded), or null when the target has none
 * @param headers    every header in the order received, a name once per value
 * @param api        the API of the path, or null for any other path
 * @param receivedAt when the server read the request
 */
public record JournalEntry(
        String method,
        String path,
        String query,
        List<Map.Entry<String, String>> headers,
        Specs.Api api,
        Instant receivedAt) {

    /**
     * Copies the headers.
     *
     * @param method     the method as sent
     * @param path       the path as sent
     * @param query      the query as sent, or null
     * @param headers    every header, copied
     * @param api        the API of the path, or null
     * @param receivedAt when the server read the request
     */
    public JournalEntry {
        headers = List.copyOf(headers);
    }
}

package org.imageapis.conformance;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Picks the documented media type that a response's {@code Content-Type} falls under. */
final class MediaTypes {

    private MediaTypes() {}

    /**
     * The entry of {@code content} for {@code contentType}: the exact media type, else {@code type/*}, else
     * {@code *}{@code /*}. Without a content type, the JSON media type of the response (or its first one).
     */
    static <T> Optional<Map.Entry<String, T>> select(Map<String, T> content, String contentType) {
        if (contentType == null) {
            for (Map.Entry<String, T> entry : content.entrySet()) {
                if (isJson(entry.getKey())) {
                    return Optional.of(entry);
                }
            }
            return content.entrySet().stream().findFirst();
        }
        String essence = contentType.split(";", 2)[0].trim();
        String wildcard = essence.substring(0, Math.max(essence.indexOf('/'), 0)) + "/*";
        for (String candidate : new String[] {essence, wildcard, "*/*"}) {
            for (Map.Entry<String, T> entry : content.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(candidate)) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether bodies of this media type are JSON: {@code application/json}, {@code *}{@code /*+json}. */
    static boolean isJson(String mediaType) {
        String essence = mediaType.toLowerCase(Locale.ROOT);
        return essence.equals("application/json") || essence.endsWith("+json");
    }
}

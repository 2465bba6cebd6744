package org.imageapis.conformance;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Picks the documented media type that a response's {@code Content-Type} falls under. */
final class MediaTypes {

    private MediaTypes() {
    }

    /**
     * The entry of {@code content} for {@code contentType}: the exact media type, else {@code type/*}, else
     * {@code *}{@code /*}. Without a content type, the JSON media type of the response (or its first one).
     */
    static <T> Optional<Map.Entry<String, T>> select(Map<String, T> content, String contentType) {
        if (contentType == null) {
            return content.entrySet().stream().filter(e -> isJson(e.getKey())).findFirst()
                    .or(() -> content.entrySet().stream().findFirst());
        }
        String essence = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        String wildcard = essence.substring(0, Math.max(essence.indexOf('/'), 0)) + "/*";
        for (String candidate : new String[] {essence, wildcard, "*/*"}) {
            Optional<Map.Entry<String, T>> hit = content.entrySet().stream()
                    .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(candidate))
                    .findFirst();
            if (hit.isPresent()) {
                return hit;
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

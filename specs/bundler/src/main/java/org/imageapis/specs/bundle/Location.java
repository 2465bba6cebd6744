package org.imageapis.specs.bundle;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** A node in a source file: the file, and a JSON pointer into it ({@code ""} for the whole document). */
record Location(Path file, String pointer) {

    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /**
     * Where a {@code $ref} written in {@code from} points: its file part is relative to {@code from}, its
     * fragment is a JSON pointer.
     *
     * @throws IllegalArgumentException if the reference is not of that form
     */
    static Location of(String ref, Path from) {
        int hash = ref.indexOf('#');
        String path = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : decode(ref.substring(hash + 1));
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("the fragment is not a JSON pointer");
        }
        return new Location(path.isEmpty() ? from : relativeFile(path, from), pointer);
    }

    /**
     * The local file that {@code path}, written in {@code from}, names.
     *
     * @throws IllegalArgumentException unless {@code path} is a relative local path
     */
    static Path relativeFile(String path, Path from) {
        if (URI_SCHEME.matcher(path).find() || path.startsWith("/")) {
            throw new IllegalArgumentException("only relative paths to local files are supported");
        }
        return from.resolveSibling(decode(path)).normalize();
    }

    /** Percent-decodes, keeping '+' as is: references are URIs, not form data. */
    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}

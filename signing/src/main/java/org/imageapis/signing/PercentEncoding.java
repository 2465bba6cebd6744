package org.imageapis.signing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding as the signature expects it: the unreserved set
 * {@code A-Z a-z 0-9 - . _ ~} is kept, every other UTF-8 byte becomes {@code %XX}
 * with upper-case hex (so space is {@code %20}, never {@code +}). Decoding reads a
 * request target as a server does, for the code that verifies or records requests.
 */
public final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {}

    /**
     * Encodes one path segment, query key or query value; {@code /} is encoded too.
     *
     * @param value the decoded text
     * @return its percent-encoded form
     */
    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }

    /**
     * Decodes one query name or value as a server reads it: {@code %XX} escapes as UTF-8 and {@code +} as a
     * space. A value with a malformed escape (such as {@code %zz}) is returned as it is.
     *
     * @param value the query name or value as it appears in the request target
     * @return the decoded text
     */
    public static String decodeQueryComponent(String value) {
        return decode(value, value);
    }

    /**
     * Decodes a path, or one segment of it: {@code %XX} escapes only, since {@code +} is a literal plus in a
     * path. A path with a malformed escape is returned as it is.
     *
     * @param path the path or segment as it appears in the request target
     * @return the decoded path
     */
    public static String decodePath(String path) {
        return decode(path.replace("+", "%2B"), path);
    }

    private static String decode(String escaped, String original) {
        try {
            return URLDecoder.decode(escaped, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return original;
        }
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }
}

package org.imageapis.client.http;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks the generated requests run on their fields, from the spec's schemas, before anything
 * is sent. Each throws an {@link IllegalArgumentException} that names the field; {@code null} (not
 * sent) passes every check but {@link #required}.
 */
public final class Checks {

    private static final String UNKNOWN_ENUM_CONSTANT = "UNKNOWN_DEFAULT_OPEN_API";

    private Checks() {}

    /**
     * Throws when {@code value} is null or an empty string.
     *
     * @param <T> the field's type
     * @param field the field's name, for the message
     * @param value the field's value
     * @return the value
     */
    public static <T> T required(String field, T value) {
        return required(field, value, null);
    }

    /**
     * As {@link #required(String, Object)}, with a hint on how to supply the value.
     *
     * @param <T> the field's type
     * @param field the field's name, for the message
     * @param value the field's value
     * @param hint how to supply it, or null
     * @return the value
     */
    public static <T> T required(String field, T value, String hint) {
        if (value == null || value instanceof String text && text.isEmpty()) {
            throw new IllegalArgumentException(field + " is required" + (hint == null ? "" : ": " + hint));
        }
        return value;
    }

    /**
     * Throws for the generated enums' catch-all for unknown values, which cannot be sent.
     *
     * @param field the field's name, for the message
     * @param value the field's value, or null
     */
    public static void known(String field, Enum<?> value) {
        if (value != null && value.name().equals(UNKNOWN_ENUM_CONSTANT)) {
            throw new IllegalArgumentException(field + ": " + UNKNOWN_ENUM_CONSTANT
                    + " stands for values this client does not know and cannot be sent");
        }
    }

    /**
     * Throws when {@code value} is not one of the schema's enum values.
     *
     * @param field the field's name, for the message
     * @param value the field's value, or null
     * @param allowed the schema's enum values
     */
    public static void oneOf(String field, Object value, List<String> allowed) {
        if (value != null && !allowed.contains(value.toString())) {
            throw new IllegalArgumentException(field + " must be one of " + allowed + ", was " + value);
        }
    }

    /**
     * Throws when {@code value} is outside {@code [min, max]}; a null bound is open.
     *
     * @param field the field's name, for the message
     * @param value the field's value, or null
     * @param min the schema's minimum, or null
     * @param max the schema's maximum, or null
     */
    public static void range(String field, Number value, Number min, Number max) {
        if (value == null) {
            return;
        }
        BigDecimal number = new BigDecimal(value.toString());
        boolean low = min != null && number.compareTo(new BigDecimal(min.toString())) < 0;
        boolean high = max != null && number.compareTo(new BigDecimal(max.toString())) > 0;
        if (low || high) {
            String bounds = min != null && max != null
                    ? "between " + min + " and " + max
                    : min != null ? "at least " + min : "at most " + max;
            throw new IllegalArgumentException(field + " must be " + bounds + ", was " + value);
        }
    }

    /**
     * Throws when the text of {@code value} is shorter than {@code min} or longer than {@code max} characters.
     *
     * @param field the field's name, for the message
     * @param value the field's value, or null
     * @param min the schema's minLength, or null
     * @param max the schema's maxLength, or null
     */
    public static void length(String field, Object value, Integer min, Integer max) {
        if (value == null) {
            return;
        }
        int length = value.toString().codePointCount(0, value.toString().length());
        if (min != null && length < min || max != null && length > max) {
            String bounds = min != null && max != null
                    ? min + " to " + max
                    : min != null ? "at least " + min : "at most " + max;
            throw new IllegalArgumentException(field + " must be " + bounds + " characters long, was " + length);
        }
    }

    /**
     * Throws when the text of {@code value} does not match {@code pattern} (searched, as JSON Schema does).
     *
     * @param field the field's name, for the message
     * @param value the field's value, or null
     * @param pattern the schema's pattern, compiled
     */
    public static void pattern(String field, Object value, Pattern pattern) {
        if (value != null && !pattern.matcher(value.toString()).find()) {
            throw new IllegalArgumentException(field + " must match " + pattern.pattern() + ", was \"" + value + "\"");
        }
    }
}

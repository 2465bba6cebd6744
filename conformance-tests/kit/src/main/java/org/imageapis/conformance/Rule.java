package org.imageapis.conformance;

import java.util.Locale;

/** The rule a {@link Violation} breaks. */
public enum Rule {
    /** The value has the wrong JSON type, or a parameter value does not parse as its type. */
    TYPE,
    /** A required property, parameter or header is missing. */
    REQUIRED,
    /** The value is not one of the schema's enum values. */
    ENUM,
    /** The value does not match the schema's format (date-time, int32, int64, ...). */
    FORMAT,
    /** The number is outside the schema's minimum or maximum. */
    RANGE,
    /** The string does not match the schema's pattern. */
    PATTERN,
    /** The string, array or object is shorter or longer than the schema allows. */
    LENGTH,
    /** Any other schema keyword (uniqueItems, multipleOf, oneOf, ...). */
    SCHEMA,
    /** A body field that the schema does not declare (reported as a warning unless strict). */
    UNKNOWN_FIELD,
    /** A query parameter that the operation does not declare (reported as a warning unless strict). */
    UNKNOWN_PARAMETER,
    /** No operation of the spec matches the operationId, or the method and path. */
    UNKNOWN_OPERATION,
    /** The operation documents no response for the status code. */
    UNKNOWN_STATUS,
    /** The body's media type is not documented for the response, or a body is sent where none is documented. */
    MEDIA_TYPE,
    /** The body is not well-formed JSON. */
    INVALID_JSON;

    /** @return the kebab-case name used in reports, such as {@code unknown-field} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

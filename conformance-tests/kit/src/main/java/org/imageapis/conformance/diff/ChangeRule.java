package org.imageapis.conformance.diff;

import java.util.Locale;

/**
 * The kinds of change {@link SpecDiff} reports. Each change's impact on clients and servers depends on where it
 * is (a request or a response): docs/conformance-kit.md has the table.
 */
public enum ChangeRule {
    /** A whole API (its description) is gone. */
    API_REMOVED,
    /** A new API. */
    API_ADDED,
    /** A path and method is gone. */
    OPERATION_REMOVED,
    /** A new path and method. */
    OPERATION_ADDED,
    /** An operation's {@code operationId} changed: generated clients rename the method. */
    OPERATION_ID_CHANGED,
    /** An operation became deprecated. */
    OPERATION_DEPRECATED,
    /** Security requirements were added, removed or changed. */
    SECURITY_CHANGED,
    /** A parameter is gone. */
    PARAMETER_REMOVED,
    /** A new parameter, required or optional. */
    PARAMETER_ADDED,
    /** A parameter of the same name moved, such as from query to header. */
    PARAMETER_MOVED,
    /** An optional parameter became required. */
    PARAMETER_MADE_REQUIRED,
    /** A required parameter became optional. */
    PARAMETER_MADE_OPTIONAL,
    /** A parameter's {@code style}, {@code explode} or {@code allowEmptyValue} changed. */
    PARAMETER_SERIALIZATION_CHANGED,
    /** An operation now takes a request body. */
    REQUEST_BODY_ADDED,
    /** An operation no longer takes a request body. */
    REQUEST_BODY_REMOVED,
    /** The request body became required. */
    REQUEST_BODY_MADE_REQUIRED,
    /** The request body became optional. */
    REQUEST_BODY_MADE_OPTIONAL,
    /** A request or response media type is gone. */
    MEDIA_TYPE_REMOVED,
    /** A new request or response media type. */
    MEDIA_TYPE_ADDED,
    /** A response status is gone. */
    RESPONSE_STATUS_REMOVED,
    /** A new response status. */
    RESPONSE_STATUS_ADDED,
    /** A response header is gone. */
    RESPONSE_HEADER_REMOVED,
    /** A new response header. */
    RESPONSE_HEADER_ADDED,
    /** A response header became required. */
    RESPONSE_HEADER_MADE_REQUIRED,
    /** A response header became optional. */
    RESPONSE_HEADER_MADE_OPTIONAL,
    /** A schema property is gone. */
    PROPERTY_REMOVED,
    /** A new schema property. */
    PROPERTY_ADDED,
    /** A schema property became required. */
    PROPERTY_MADE_REQUIRED,
    /** A schema property became optional. */
    PROPERTY_MADE_OPTIONAL,
    /** A schema's {@code type} changed. */
    TYPE_CHANGED,
    /** Enum values are gone. */
    ENUM_VALUES_REMOVED,
    /** New enum values. */
    ENUM_VALUES_ADDED,
    /** A {@code maxLength} was added, removed or moved. */
    MAX_LENGTH_CHANGED,
    /** A {@code minLength} was added, removed or moved. */
    MIN_LENGTH_CHANGED,
    /** A {@code maximum} (or its exclusiveness) was added, removed or moved. */
    MAXIMUM_CHANGED,
    /** A {@code minimum} (or its exclusiveness) was added, removed or moved. */
    MINIMUM_CHANGED,
    /** A {@code maxItems} was added, removed or moved. */
    MAX_ITEMS_CHANGED,
    /** A {@code minItems} was added, removed or moved. */
    MIN_ITEMS_CHANGED,
    /** A {@code pattern} was added, removed or changed. */
    PATTERN_CHANGED,
    /** A schema's {@code nullable} changed. */
    NULLABLE_CHANGED,
    /** A schema's {@code default} changed: a client that leaves the value out gets another behaviour. */
    DEFAULT_CHANGED,
    /** {@code oneOf} alternatives were added or removed. */
    ONE_OF_CHANGED,
    /** {@code multipleOf}, {@code uniqueItems}, {@code minProperties} or {@code maxProperties} changed. */
    CONSTRAINT_CHANGED;

    /** @return the kebab-case id reports and acknowledgements use, such as {@code parameter-added} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

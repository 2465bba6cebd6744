package org.imageapis.conformance.diff;

import java.util.Locale;

/**
 * The kinds of change {@link SpecDiff} reports. Each change's impact on clients and servers depends on where it
 * is (a request or a response): docs/conformance-kit.md has the table.
 */
public enum ChangeRule {
    API_REMOVED,
    API_ADDED,
    OPERATION_REMOVED,
    OPERATION_ADDED,
    OPERATION_ID_CHANGED,
    OPERATION_DEPRECATED,
    SECURITY_CHANGED,
    PARAMETER_REMOVED,
    PARAMETER_ADDED,
    PARAMETER_MOVED,
    PARAMETER_MADE_REQUIRED,
    PARAMETER_MADE_OPTIONAL,
    PARAMETER_SERIALIZATION_CHANGED,
    REQUEST_BODY_ADDED,
    REQUEST_BODY_REMOVED,
    REQUEST_BODY_MADE_REQUIRED,
    REQUEST_BODY_MADE_OPTIONAL,
    MEDIA_TYPE_REMOVED,
    MEDIA_TYPE_ADDED,
    RESPONSE_STATUS_REMOVED,
    RESPONSE_STATUS_ADDED,
    RESPONSE_HEADER_REMOVED,
    RESPONSE_HEADER_ADDED,
    RESPONSE_HEADER_MADE_REQUIRED,
    RESPONSE_HEADER_MADE_OPTIONAL,
    PROPERTY_REMOVED,
    PROPERTY_ADDED,
    PROPERTY_MADE_REQUIRED,
    PROPERTY_MADE_OPTIONAL,
    TYPE_CHANGED,
    ENUM_VALUES_REMOVED,
    ENUM_VALUES_ADDED,
    MAX_LENGTH_CHANGED,
    MIN_LENGTH_CHANGED,
    MAXIMUM_CHANGED,
    MINIMUM_CHANGED,
    MAX_ITEMS_CHANGED,
    MIN_ITEMS_CHANGED,
    PATTERN_CHANGED,
    NULLABLE_CHANGED,
    DEFAULT_CHANGED,
    ONE_OF_CHANGED,
    CONSTRAINT_CHANGED;

    /** The kebab-case id reports and acknowledgements use, such as {@code parameter-added}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

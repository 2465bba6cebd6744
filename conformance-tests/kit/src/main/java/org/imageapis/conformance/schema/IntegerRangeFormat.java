package org.imageapis.conformance.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.ValidationContext;

/**
 * The OpenAPI {@code int32} and {@code int64} formats as assertions: an integer outside the format's range is a
 * format violation. json-schema-validator knows neither format and would let any integer pass.
 */
final class IntegerRangeFormat implements Format {

    static final IntegerRangeFormat INT32 = new IntegerRangeFormat("int32", Integer.MIN_VALUE, Integer.MAX_VALUE);
    static final IntegerRangeFormat INT64 = new IntegerRangeFormat("int64", Long.MIN_VALUE, Long.MAX_VALUE);

    private final String name;
    private final long min;
    private final long max;

    private IntegerRangeFormat(String name, long min, long max) {
        this.name = name;
        this.min = min;
        this.max = max;
    }

    @Override
    public String getName() {
        return name;
    }

    /**
     * Non-integers pass: {@code type} reports them, and a format only constrains values of its type. An integer
     * that does not fit a long is outside both ranges.
     */
    @Override
    public boolean matches(ExecutionContext executionContext, ValidationContext validationContext, JsonNode value) {
        if (!value.isIntegralNumber()) {
            return true;
        }
        return value.canConvertToLong() && value.longValue() >= min && value.longValue() <= max;
    }

    /** The allowed range, for violation reports. */
    String range() {
        return min + ".." + max;
    }
}

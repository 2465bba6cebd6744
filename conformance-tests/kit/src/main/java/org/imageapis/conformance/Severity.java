package org.imageapis.conformance;

import java.util.Locale;

/** How much a {@link Violation} counts: errors make a report invalid, warnings do not. */
public enum Severity {
    /** The request or response departs from the spec: the report is invalid. */
    ERROR,
    /** Worth a look, but allowed: such as an undeclared field outside strict mode. */
    WARNING;

    /** @return the lowercase name used in reports */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

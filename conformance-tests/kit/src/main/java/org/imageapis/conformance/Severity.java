package org.imageapis.conformance;

import java.util.Locale;

/** How much a {@link Violation} counts: errors make a report invalid, warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lowercase name used in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

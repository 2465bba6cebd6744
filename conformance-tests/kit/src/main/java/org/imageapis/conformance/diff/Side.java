package org.imageapis.conformance.diff;

import java.util.Locale;

/** The two sides of an API contract a change can break. */
public enum Side {
    /** Callers: they send requests and read responses (generated clients, other teams' pipelines). */
    CLIENTS,
    /** Implementers: they read requests and send responses (the reference server, compatible services). */
    SERVERS;

    /** @return the lower-case word the reports print */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}

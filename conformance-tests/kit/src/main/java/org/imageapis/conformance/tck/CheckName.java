package org.imageapis.conformance.tck;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The checks of the server test kit, by the names the command line and the reports use. */
public enum CheckName {
    /** Every response the other checks provoke validates against its operation and status, headers included. */
    SCHEMA(false, true),
    /** Each doc page's example request gets a 2xx. */
    DOC_REQUESTS(true, false),
    /** Walking the pages yields exactly the total, without duplicates or gaps; page sizes and totals agree. */
    PAGING(true, false),
    /** Every record a filter returns matches it; filters on fields the records lack only narrow. */
    FILTERS(true, false),
    /** Sorted results are in the requested order. */
    SORTING(true, false),
    /** Values outside the documented ranges, unknown enum values, wrong types, missing required parameters: 4xx. */
    BOUNDS(true, false),
    /** No credentials get 401; with an access key, correct and wrong signatures are told apart. */
    AUTH(false, false),
    /** Every response carries the headers the spec documents on every response of the operation. */
    HEADERS(false, true),
    /** Seeded generated requests, the validator deciding which are valid. */
    FUZZ(true, false);

    private final boolean needsCredentials;
    private final boolean observer;

    CheckName(boolean needsCredentials, boolean observer) {
        this.needsCredentials = needsCredentials;
        this.observer = observer;
    }

    /** @return the name in reports and on the command line, such as {@code doc-requests} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return whether the check sends requests that need valid credentials */
    public boolean needsCredentials() {
        return needsCredentials;
    }

    /** @return whether the check judges the responses the other checks provoke rather than sending its own requests */
    public boolean isObserver() {
        return observer;
    }

    /**
     * The check with this name.
     *
     * @param id the check's name, as the CLI's {@code --checks} takes it
     * @return the check, if there is one of that name
     */
    public static Optional<CheckName> byId(String id) {
        return Arrays.stream(values()).filter(check -> check.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id();
    }
}

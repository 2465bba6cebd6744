package org.imageapis.server.control;

import java.util.Objects;

/**
 * What a reference server offers besides its dataset: whether it honours the {@code Prefer} header (on by default),
 * the faults it applies and the journal it keeps (both idle by default). Immutable; the injector and the journal it
 * holds are live objects that a test drives while the server runs, and may outlive one server (a restart).
 */
public final class ServerControls {

    private final boolean prefer;
    private final FaultInjector faults;
    private final RequestJournal journal;

    private ServerControls(boolean prefer, FaultInjector faults, RequestJournal journal) {
        this.prefer = prefer;
        this.faults = Objects.requireNonNull(faults, "faults");
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    /**
     * {@code Prefer} honoured, no fault, journal off.
     *
     * @return the defaults
     */
    public static ServerControls defaults() {
        return new ServerControls(true, new FaultInjector(), new RequestJournal());
    }

    /**
     * @param prefer whether the {@code Prefer} header is honoured
     * @return the controls with it
     */
    public ServerControls withPrefer(boolean prefer) {
        return new ServerControls(prefer, faults, journal);
    }

    /**
     * @param faults the fault injector a test drives
     * @return the controls with it
     */
    public ServerControls withFaults(FaultInjector faults) {
        return new ServerControls(prefer, faults, journal);
    }

    /**
     * @param journal the journal a test reads
     * @return the controls with it
     */
    public ServerControls withJournal(RequestJournal journal) {
        return new ServerControls(prefer, faults, journal);
    }

    /** @return whether the {@code Prefer} header is honoured */
    public boolean prefer() {
        return prefer;
    }

    /** @return the fault injector */
    public FaultInjector faults() {
        return faults;
    }

    /** @return the request journal */
    public RequestJournal journal() {
        return journal;
    }
}

package org.imageapis.server.junit;

import java.util.Objects;
import org.imageapis.client.Service;
import org.imageapis.server.control.FaultInjector;
import org.imageapis.specs.Specs;

/**
 * The faults the server applies to its next calls, in the order they were added: a call takes the first pending
 * fault that covers its API. Calls to other paths ({@code /docs}, {@code /openapi}, unknown routes) are never
 * faulted. Faults come before anything else the server does, authentication included. The extension clears them
 * before each test.
 */
public final class Faults {

    private final FaultInjector injector;

    Faults(FaultInjector injector) {
        this.injector = injector;
    }

    /**
     * Applies {@code fault} to the next {@link Fault#times()} calls of {@code service}.
     *
     * @param service the API whose calls fail
     * @param fault the fault
     * @return these faults, to queue more
     */
    public Faults next(Service service, Fault fault) {
        Objects.requireNonNull(service, "service");
        injector.add(Specs.Api.valueOf(service.name()), fault.injected(), fault.times());
        return this;
    }

    /**
     * Applies {@code fault} to the next {@link Fault#times()} calls, whichever API they call.
     *
     * @param fault the fault
     * @return these faults, to queue more
     */
    public Faults next(Fault fault) {
        injector.add(null, fault.injected(), fault.times());
        return this;
    }

    /**
     * Calls still to be faulted.
     *
     * @return the number of calls still to be faulted
     */
    public int pending() {
        return injector.pending();
    }

    /** Forgets every pending fault. */
    public void clear() {
        injector.clear();
    }
}

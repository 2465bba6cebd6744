package org.imageapis.server.control;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.imageapis.specs.Specs;

/**
 * The faults the server applies to its next calls. Each entry holds a fault for the next N calls of one API, or
 * of any of the four; a call takes the first entry, in the order they were added, that covers its API. Requests to
 * other paths ({@code /docs}, {@code /openapi}, unknown routes) are never faulted.
 *
 * <p>Thread-safe. A call checks one volatile field when no fault is pending: no lock, no allocation.
 */
public final class FaultInjector {

    private final List<Entry> entries = new ArrayList<>();
    /** Calls still to be faulted, all entries together; read without the lock on every call. */
    private volatile int pending;

    /**
     * Applies {@code fault} to the next {@code times} calls of {@code api}, or of any API when {@code api} is
     * null, after the faults added before it.
     *
     * @param api the API whose calls fail, or null for any
     * @param fault the fault
     * @param times how many calls in a row, at least 1
     */
    public synchronized void add(Specs.Api api, InjectedFault fault, int times) {
        Objects.requireNonNull(fault, "fault");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        entries.add(new Entry(api, fault, times));
        pending += times;
    }

    /** Forgets every pending fault. */
    public synchronized void clear() {
        entries.clear();
        pending = 0;
    }

    /**
     * Calls still to be faulted.
     *
     * @return the number of calls still to be faulted
     */
    public int pending() {
        return pending;
    }

    /** The fault for this call of {@code api}, counted as used, or null. */
    InjectedFault take(Specs.Api api) {
        if (pending == 0 || api == null) {
            return null;
        }
        synchronized (this) {
            for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
                Entry entry = it.next();
                if (entry.api == null || entry.api == api) {
                    if (--entry.remaining == 0) {
                        it.remove();
                    }
                    pending--;
                    return entry.fault;
                }
            }
            return null;
        }
    }

    private static final class Entry {
        final Specs.Api api;
        final InjectedFault fault;
        int remaining;

        Entry(Specs.Api api, InjectedFault fault, int remaining) {
            this.api = api;
            this.fault = fault;
            this.remaining = remaining;
        }
    }
}

package org.imageapis.server.junit;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.imageapis.server.ReferenceApplication;
import org.imageapis.server.auth.Credentials;
import org.imageapis.server.data.Dataset;

/**
 * The reference server's Jersey applications of this JVM, one per configuration (dataset, credentials, clock,
 * Prefer), so that the next test class with the same configuration starts a listener only: initialising Jersey
 * and reading the dataset are most of a start. An application holds no state between requests (faults and journal
 * belong to each server), so sharing it changes no answer. Up to {@value #MAX_IDLE} applications no server uses are
 * kept, the least recently used ended first.
 */
final class ApplicationCache {

    static final int MAX_IDLE = 4;

    /** What an application depends on; the dataset by its source (see {@link ImageApisServer.Builder}). */
    record Key(
            Object datasetSource,
            int generate,
            List<String> tokens,
            Map<String, String> accessKeys,
            Clock clock,
            boolean prefer) {}

    private static final Map<Key, Entry> ENTRIES = new LinkedHashMap<>(16, 0.75f, true);

    private ApplicationCache() {}

    /** The application of {@code key}, created when the JVM has none; release it when the server stops. */
    static synchronized ReferenceApplication acquire(Key key, Supplier<Dataset> dataset) {
        Entry entry = ENTRIES.get(key);
        if (entry == null) {
            ReferenceApplication application = ReferenceApplication.create(
                    dataset.get(), new Credentials(key.tokens(), key.accessKeys()), key.clock(), key.prefer());
            entry = new Entry(application);
            ENTRIES.put(key, entry);
        }
        entry.users++;
        return entry.application;
    }

    static synchronized void release(Key key) {
        Entry entry = ENTRIES.get(key);
        if (entry != null && entry.users > 0) {
            entry.users--;
        }
        long idle = ENTRIES.values().stream().filter(e -> e.users == 0).count();
        for (Iterator<Entry> it = ENTRIES.values().iterator(); idle > MAX_IDLE && it.hasNext(); ) {
            Entry eldest = it.next();
            if (eldest.users == 0) {
                it.remove();
                eldest.application.close();
                idle--;
            }
        }
    }

    private static final class Entry {
        final ReferenceApplication application;
        int users;

        Entry(ReferenceApplication application) {
            this.application = application;
        }
    }
}

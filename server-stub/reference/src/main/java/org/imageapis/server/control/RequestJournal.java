package org.imageapis.server.control;

import java.time.Clock;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.imageapis.specs.Specs;

/**
 * The requests the server received, for a test to assert on. Off until {@link #enable()}: then each request costs
 * one entry, appended without a lock. It keeps the latest {@value #CAPACITY} requests.
 */
public final class RequestJournal {

    /** What stands in for a secret header value. */
    public static final String REDACTED = "****";
    /** The most entries kept; older ones are dropped. */
    public static final int CAPACITY = 10_000;

    private static final Pattern SIGNATURE = Pattern.compile("(Signature=)[^,\\s]*");

    private final ConcurrentLinkedQueue<JournalEntry> entries = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final Clock clock;
    private volatile boolean enabled;

    /** A journal, off, that dates entries by the system clock. */
    public RequestJournal() {
        this(Clock.systemUTC());
    }

    /** @param clock dates the entries */
    public RequestJournal(Clock clock) {
        this.clock = clock;
    }

    /** Records requests from now on. */
    public void enable() {
        enabled = true;
    }

    /** Stops recording; what is recorded stays. */
    public void disable() {
        enabled = false;
    }

    /** @return whether requests are being recorded */
    public boolean isEnabled() {
        return enabled;
    }

    /** @return the entries, oldest first */
    public List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    /** Forgets the recorded requests. */
    public void clear() {
        entries.clear();
        size.set(0);
    }

    void record(Request request, Specs.Api api) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        MimeHeaders received = request.getRequest().getHeaders();
        for (int i = 0; i < received.size(); i++) {
            String name = received.getName(i).toString();
            headers.add(new AbstractMap.SimpleImmutableEntry<>(
                    name, redact(name, received.getValue(i).toString())));
        }
        entries.add(new JournalEntry(
                request.getMethod().getMethodString(),
                request.getRequestURI(),
                request.getQueryString(),
                headers,
                api,
                clock.instant()));
        if (size.incrementAndGet() > CAPACITY) {
            entries.poll();
            size.decrementAndGet();
        }
    }

    /**
     * The value of header {@code name} as the journal keeps it.
     *
     * @param name the header's name, in any case
     * @param value its value as received
     * @return the value, with tokens, security tokens and signatures masked
     */
    public static String redact(String name, String value) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "x-auth-token", "x-security-token" -> {
                return REDACTED;
            }
            case "authorization" -> {
                Matcher signature = SIGNATURE.matcher(value);
                return signature.find() ? signature.replaceAll("$1" + REDACTED) : REDACTED;
            }
            default -> {
                return value;
            }
        }
    }
}

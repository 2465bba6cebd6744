package org.imageapis.server.junit;

import java.util.List;
import java.util.Optional;
import org.imageapis.client.Service;
import org.imageapis.server.control.RequestJournal;

/**
 * The requests the server received, oldest first, secrets redacted ({@link RecordedRequest}). On by default in the
 * extension ({@code journal = false} turns it off); cleared before each test. Keeps the latest 10,000 requests.
 */
public final class Journal {

    private final RequestJournal journal;

    Journal(RequestJournal journal) {
        this.journal = journal;
    }

    /** @return every request received since the last reset */
    public List<RecordedRequest> requests() {
        return journal.entries().stream().map(RecordedRequest::new).toList();
    }

    /**
     * The requests to {@code service}'s API.
     *
     * @param service the service
     * @return its requests, oldest first
     */
    public List<RecordedRequest> requests(Service service) {
        return requests().stream()
                .filter(request -> request.service().orElse(null) == service)
                .toList();
    }

    /**
     * The number of requests to {@code service}'s API.
     *
     * @param service the service
     * @return how many requests it received
     */
    public int count(Service service) {
        return requests(service).size();
    }

    /** @return the latest request, if any */
    public Optional<RecordedRequest> last() {
        List<RecordedRequest> requests = requests();
        return requests.isEmpty() ? Optional.empty() : Optional.of(requests.get(requests.size() - 1));
    }

    /**
     * The latest request to {@code service}'s API, if any.
     *
     * @param service the service
     * @return its latest request, if any
     */
    public Optional<RecordedRequest> last(Service service) {
        List<RecordedRequest> requests = requests(service);
        return requests.isEmpty() ? Optional.empty() : Optional.of(requests.get(requests.size() - 1));
    }

    /** @return whether requests are being recorded */
    public boolean isEnabled() {
        return journal.isEnabled();
    }

    /** Records the requests from now on (the default). */
    public void enable() {
        journal.enable();
    }

    /** Stops recording; what is recorded stays. */
    public void disable() {
        journal.disable();
    }

    /** Forgets the recorded requests; the extension does this before each test. */
    public void clear() {
        journal.clear();
    }
}

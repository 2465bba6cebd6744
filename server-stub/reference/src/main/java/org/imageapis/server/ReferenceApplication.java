package org.imageapis.server;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainerProvider;
import org.glassfish.jersey.server.ResourceConfig;
import org.imageapis.server.auth.Credentials;
import org.imageapis.server.control.PreferFeature;
import org.imageapis.server.data.Dataset;

/**
 * The reference server's Jersey application over one dataset and one set of credentials, initialised once and
 * served by any number of {@link ReferenceServer}s, one after another or at the same time
 * ({@link ReferenceServer#start(String, int, ReferenceApplication, org.imageapis.server.control.ServerControls)}).
 * Initialising Jersey is most of a server's start; a server on a prepared application starts its listener only.
 * The application holds no state of its own between requests (faults and the journal belong to each server), so
 * sharing it changes no answer. Stopping a server leaves it running; {@link #close()} ends it.
 */
public final class ReferenceApplication implements AutoCloseable {

    private final GrizzlyHttpContainer container;
    private final boolean prefer;
    private final AtomicBoolean started = new AtomicBoolean();
    private final HttpHandler handler;

    private ReferenceApplication(GrizzlyHttpContainer container, boolean prefer) {
        this.container = container;
        this.prefer = prefer;
        this.handler = new Shared();
    }

    /**
     * Initialises the application; {@code prefer} says whether it honours the {@code Prefer} header.
     *
     * @param dataset the records to serve
     * @param credentials the accepted tokens and key pairs
     * @param clock the clock signatures are checked against
     * @param prefer whether the {@code Prefer} header is honoured
     * @return the application, ready for any number of servers
     */
    public static ReferenceApplication create(Dataset dataset, Credentials credentials, Clock clock, boolean prefer) {
        ResourceConfig application = ReferenceServer.application(dataset, credentials, clock);
        if (prefer) {
            application.register(PreferFeature.class);
        }
        return new ReferenceApplication(container(application), prefer);
    }

    static GrizzlyHttpContainer container(ResourceConfig application) {
        return new GrizzlyHttpContainerProvider().createContainer(GrizzlyHttpContainer.class, application);
    }

    /** @return whether the application honours the {@code Prefer} header */
    public boolean prefer() {
        return prefer;
    }

    GrizzlyHttpContainer container() {
        return container;
    }

    /** The container as each server's handler chain sees it: started once, never destroyed by a server. */
    HttpHandler handler() {
        return handler;
    }

    /** Ends the application; servers still running on it must be stopped first. */
    @Override
    public void close() {
        container.destroy();
    }

    private final class Shared extends HttpHandler {
        @Override
        public void start() {
            if (started.compareAndSet(false, true)) {
                container.start();
            }
        }

        @Override
        public void destroy() {
            // the application outlives each server: close() ends it
        }

        @Override
        public void service(Request request, Response response) {
            container.service(request, response);
        }
    }
}

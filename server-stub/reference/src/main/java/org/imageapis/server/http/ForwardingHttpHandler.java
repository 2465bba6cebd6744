package org.imageapis.server.http;

import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.RequestExecutorProvider;

/**
 * A Grizzly handler in front of another: the server's start, stop and choice of threads go to the next handler
 * unless a subclass says otherwise, so that a handler in the chain only writes what it adds.
 */
public abstract class ForwardingHttpHandler extends HttpHandler {

    /** The handler each request goes on to. */
    protected final HttpHandler next;

    /** @param next the handler each request goes on to */
    protected ForwardingHttpHandler(HttpHandler next) {
        this.next = next;
    }

    @Override
    public RequestExecutorProvider getRequestExecutorProvider() {
        return next.getRequestExecutorProvider();
    }

    @Override
    public void start() {
        next.start();
    }

    @Override
    public void destroy() {
        next.destroy();
    }
}

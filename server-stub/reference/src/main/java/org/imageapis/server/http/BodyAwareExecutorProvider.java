package org.imageapis.server.http;

import java.util.concurrent.Executor;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.RequestExecutorProvider;

/**
 * Picks the thread that runs a request. A request without a body runs on the selector thread that parsed it:
 * nothing in it can block (responses go out through Grizzly's asynchronous write queue), and skipping the
 * hand-off to a worker thread saves a context switch per request, which on a small machine also leaves the JIT
 * more CPU to warm up with. A request with a body goes to the worker pool, because reading the body (the AK/SK
 * check does) may wait on a slow client, and a blocked selector would stall every connection it serves.
 */
public final class BodyAwareExecutorProvider implements RequestExecutorProvider {

    private final RequestExecutorProvider workers = new RequestExecutorProvider.WorkerThreadProvider();

    @Override
    public Executor getExecutor(Request request) {
        return hasBody(request) ? workers.getExecutor(request) : null;
    }

    private static boolean hasBody(Request request) {
        return request.getContentLengthLong() > 0 || request.getRequest().isChunked();
    }
}

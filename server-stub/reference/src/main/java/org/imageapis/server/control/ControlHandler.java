package org.imageapis.server.control;

import java.io.IOException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.nio.NIOConnection;
import org.imageapis.server.http.ErrorCodes;
import org.imageapis.server.http.ForwardingHttpHandler;
import org.imageapis.specs.Specs;

/**
 * The first handler of every request: it records the request in the journal, applies the next pending fault of
 * the request's API, and holds the answer back for a fault's delay or a {@code Prefer: delay}; every other request
 * goes straight on to the next handler. It works on Grizzly's request and response, below Jersey, so that a reset
 * connection is a real TCP reset and a truncated body really stops short of its {@code Content-Length}.
 *
 * <p>With the journal off, no fault pending and no {@code Prefer} header, a request costs two volatile reads and a
 * header look-up. A delay does not block a thread: the response is suspended and the request continues on
 * Grizzly's worker pool when the delay is over.
 */
public final class ControlHandler extends ForwardingHttpHandler {

    private static final Logger LOG = Logger.getLogger(ControlHandler.class.getName());
    private static final String REQUEST_ID = "X-Request-Id";
    private static final SocketOption<Integer> LINGER = StandardSocketOptions.SO_LINGER;

    private final ServerControls controls;
    private ScheduledExecutorService timer;

    /**
     * @param next     the handler each request goes on to
     * @param controls {@code Prefer}, faults and journal
     */
    public ControlHandler(HttpHandler next, ServerControls controls) {
        super(next);
        this.controls = controls;
    }

    @Override
    public void destroy() {
        super.destroy();
        synchronized (this) {
            if (timer != null) {
                timer.shutdownNow();
            }
        }
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        RequestJournal journal = controls.journal();
        FaultInjector faults = controls.faults();
        boolean journaling = journal.isEnabled();
        boolean faulting = faults.pending() > 0;
        String prefer = controls.prefer() ? request.getHeader(Prefer.HEADER) : null;
        if (!journaling && !faulting && prefer == null) {
            next.service(request, response);
            return;
        }
        Specs.Api api = ApiRoutes.apiOf(request.getRequestURI());
        if (journaling) {
            journal.record(request, api);
        }
        InjectedFault fault = faulting ? faults.take(api) : null;
        long delay = fault == null ? 0 : fault.delay().toMillis();
        if (prefer != null && api != null && (fault == null || fault.kind() == InjectedFault.Kind.PASS)) {
            List<String> values = new ArrayList<>();
            request.getHeaders(Prefer.HEADER).forEach(values::add);
            delay += Prefer.delayOf(values);
        }
        if (delay == 0) {
            if (closesConnection(fault)) {
                response.suspend(); // the connection goes: nothing for Grizzly to finish
            }
            answer(fault, request, response);
            return;
        }
        response.suspend();
        Executor workers = workers(request);
        timer().schedule(
                        () -> workers.execute(() -> answerLater(fault, request, response)),
                        delay,
                        TimeUnit.MILLISECONDS);
    }

    private void answerLater(InjectedFault fault, Request request, Response response) {
        boolean closed = false;
        try {
            closed = answer(fault, request, response);
        } catch (Exception | Error e) {
            LOG.log(Level.WARNING, "delayed request " + request.getRequestURI() + " failed", e);
        } finally {
            // Jersey resumes the response when it commits; an answer written here is finished by resuming it.
            if (!closed && response.isSuspended()) {
                response.resume();
            }
        }
    }

    private static boolean closesConnection(InjectedFault fault) {
        return fault != null
                && (fault.kind() == InjectedFault.Kind.RESET || fault.kind() == InjectedFault.Kind.TRUNCATED_BODY);
    }

    /** Answers the request as {@code fault} says; true when the connection is closed (nothing to finish). */
    private boolean answer(InjectedFault fault, Request request, Response response) throws Exception {
        if (fault == null || fault.kind() == InjectedFault.Kind.PASS) {
            next.service(request, response);
            return false;
        }
        switch (fault.kind()) {
            case STATUS -> {
                writeError(fault, request, response);
                return false;
            }
            case RESET -> {
                reset(request.getContext().getConnection());
                return true;
            }
            case MALFORMED_BODY -> {
                byte[] example = example(request);
                byte[] half = Arrays.copyOf(example, example.length / 2);
                writeOk(response, half.length, half);
                return false;
            }
            default -> { // TRUNCATED_BODY
                byte[] example = example(request);
                writeOk(response, example.length, Arrays.copyOf(example, example.length / 2));
                response.getOutputStream().flush();
                request.getContext().getConnection().closeSilently(); // after the queued bytes
                return true;
            }
        }
    }

    private static void writeError(InjectedFault fault, Request request, Response response) throws IOException {
        int status = fault.status();
        String code =
                fault.errorCode() != null ? fault.errorCode() : ErrorCodes.forStatus(status, request.getRequestURI());
        String message = fault.errorMsg() != null
                ? fault.errorMsg()
                : HttpStatus.getHttpStatus(status).getReasonPhrase() + " (an injected fault).";
        byte[] body = ("{\"error_code\":" + quote(code) + ",\"error_msg\":" + quote(message) + "}")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader(REQUEST_ID, fault.requestId() != null ? fault.requestId() : newRequestId());
        if (fault.retryAfter() != null) {
            response.setHeader("Retry-After", Long.toString(fault.retryAfter().toSeconds()));
        }
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void writeOk(Response response, int contentLength, byte[] body) throws IOException {
        response.setStatus(200);
        response.setHeader(REQUEST_ID, newRequestId());
        response.setContentType("application/json");
        response.setContentLength(contentLength);
        response.getOutputStream().write(body);
    }

    /** The first example of the API's 200 response. */
    private static byte[] example(Request request) {
        Specs.Api api = ApiRoutes.apiOf(request.getRequestURI());
        return SpecExamples.of(api)
                .responses()
                .get("200")
                .examples()
                .values()
                .iterator()
                .next();
    }

    /** Closes the connection with a TCP reset (SO_LINGER 0), answering nothing. */
    private static void reset(Connection<?> connection) throws IOException {
        if (connection instanceof NIOConnection nio) {
            SelectableChannel channel = nio.getChannel();
            if (channel instanceof NetworkChannel network) {
                network.setOption(LINGER, 0);
            }
        }
        connection.terminateSilently();
    }

    private static Executor workers(Request request) {
        Executor workers = request.getContext().getConnection().getTransport().getWorkerThreadPool();
        return workers != null ? workers : Runnable::run;
    }

    private synchronized ScheduledExecutorService timer() {
        if (timer == null) {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "reference-server-delays");
                thread.setDaemon(true);
                return thread;
            });
            executor.setRemoveOnCancelPolicy(true);
            timer = executor;
        }
        return timer;
    }

    private static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
    }

    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}

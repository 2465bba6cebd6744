package org.imageapis.server.junit;

import java.time.Duration;
import java.util.Objects;
import org.imageapis.server.control.InjectedFault;

/**
 * What the server does to a call instead of answering it normally. Immutable: each method returns a new fault.
 *
 * <pre>{@code
 * server.faults().next(Service.SWR, Fault.status(503).retryAfter(Duration.ofSeconds(1)));
 * server.faults().next(Fault.connectionReset().times(3));          // the next 3 calls of any API
 * server.faults().next(Service.HSS, Fault.delay(Duration.ofSeconds(2)));
 * }</pre>
 */
public final class Fault {

    private final InjectedFault fault;
    private final int times;

    private Fault(InjectedFault fault, int times) {
        this.fault = fault;
        this.times = times;
    }

    /**
     * An error status (400 to 599) with an {@code ErrorResponse} body ({@code <SERVICE>.0<status>} and a message
     * naming the fault, unless {@link #errorCode} and {@link #errorMessage} say otherwise) and an
     * {@code X-Request-Id}.
     *
     * @param status the HTTP status, from 400 to 599
     * @return the fault
     */
    public static Fault status(int status) {
        return new Fault(InjectedFault.status(status), 1);
    }

    /**
     * 503 Service Unavailable.
     *
     * @return the fault
     */
    public static Fault serviceUnavailable() {
        return status(503);
    }

    /**
     * 429 Too Many Requests with {@code Retry-After} (whole seconds).
     *
     * @param retryAfter how long the client is told to wait
     * @return the fault
     */
    public static Fault tooManyRequests(Duration retryAfter) {
        return status(429).retryAfter(retryAfter);
    }

    /**
     * The normal answer, held back this long (at most 60 s).
     *
     * @param delay how long the answer is held back
     * @return the fault
     */
    public static Fault delay(Duration delay) {
        return new Fault(InjectedFault.delay(delay), 1);
    }

    /**
     * No answer: the server resets the connection (TCP RST) as soon as it has read the request.
     *
     * @return the fault
     */
    public static Fault connectionReset() {
        return new Fault(InjectedFault.of(InjectedFault.Kind.RESET), 1);
    }

    /**
     * A complete 200 answer whose body is not valid JSON: the first half of the spec's example, with a matching
     * {@code Content-Length}.
     *
     * @return the fault
     */
    public static Fault malformedBody() {
        return new Fault(InjectedFault.of(InjectedFault.Kind.MALFORMED_BODY), 1);
    }

    /**
     * A 200 answer cut short on the wire: its {@code Content-Length} announces the spec's example, half of it is
     * sent, then the connection closes.
     *
     * @return the fault
     */
    public static Fault truncatedBody() {
        return new Fault(InjectedFault.of(InjectedFault.Kind.TRUNCATED_BODY), 1);
    }

    /**
     * A {@code Retry-After} header, in whole seconds; for a {@link #status} fault.
     *
     * @param retryAfter how long the client is told to wait
     * @return this fault
     */
    public Fault retryAfter(Duration retryAfter) {
        requireStatus("retryAfter");
        return new Fault(fault.withRetryAfter(Objects.requireNonNull(retryAfter, "retryAfter")), times);
    }

    /**
     * The body's {@code error_code}; for a {@link #status} fault.
     *
     * @param errorCode the error code, such as {@code SWR.0001}
     * @return this fault
     */
    public Fault errorCode(String errorCode) {
        requireStatus("errorCode");
        return new Fault(fault.withErrorCode(Objects.requireNonNull(errorCode, "errorCode")), times);
    }

    /**
     * The body's {@code error_msg}; for a {@link #status} fault.
     *
     * @param errorMessage the error message
     * @return this fault
     */
    public Fault errorMessage(String errorMessage) {
        requireStatus("errorMessage");
        return new Fault(fault.withErrorMsg(Objects.requireNonNull(errorMessage, "errorMessage")), times);
    }

    /**
     * The {@code X-Request-Id} of the answer (by default a new one per answer); for a {@link #status} fault.
     *
     * @param requestId the request id
     * @return this fault
     */
    public Fault requestId(String requestId) {
        requireStatus("requestId");
        return new Fault(fault.withRequestId(Objects.requireNonNull(requestId, "requestId")), times);
    }

    /**
     * Holds this fault back for {@code delay} first (at most 60 s), e.g. a 503 that takes a second to come.
     *
     * @param delay how long the fault is held back
     * @return this fault
     */
    public Fault delayedBy(Duration delay) {
        return new Fault(fault.withDelay(Objects.requireNonNull(delay, "delay")), times);
    }

    /**
     * Applies this fault to this many calls in a row (default 1).
     *
     * @param times calls in a row, at least 1
     * @return this fault
     */
    public Fault times(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        return new Fault(fault, times);
    }

    /** @return how many calls this fault applies to */
    public int times() {
        return times;
    }

    InjectedFault injected() {
        return fault;
    }

    private void requireStatus(String option) {
        if (fault.kind() != InjectedFault.Kind.STATUS) {
            throw new IllegalStateException(option + " applies to a status fault, not to " + this);
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Fault[");
        switch (fault.kind()) {
            case STATUS -> {
                text.append("status ").append(fault.status());
                if (fault.errorCode() != null) {
                    text.append(", error_code ").append(fault.errorCode());
                }
                if (fault.retryAfter() != null) {
                    text.append(", Retry-After ")
                            .append(fault.retryAfter().toSeconds())
                            .append(" s");
                }
            }
            case PASS -> text.append("delay");
            case RESET -> text.append("connection reset");
            case MALFORMED_BODY -> text.append("malformed body");
            case TRUNCATED_BODY -> text.append("truncated body");
        }
        if (!fault.delay().isZero()) {
            text.append(fault.kind() == InjectedFault.Kind.PASS ? " " : ", after ")
                    .append(fault.delay().toMillis())
                    .append(" ms");
        }
        return text.append(times == 1 ? "" : ", " + times + " times")
                .append(']')
                .toString();
    }
}

package org.imageapis.server.control;

import java.time.Duration;
import java.util.Objects;

/**
 * One fault the server applies to a request instead of (or before) its normal answer. Immutable; the factories
 * name the kinds. {@code delay} holds the answer back first, whatever it is.
 *
 * @param kind         what is answered
 * @param status       the status of a {@link Kind#STATUS} fault
 * @param errorCode    its {@code error_code}, or null for the server's {@code <SERVICE>.0<status>}
 * @param errorMsg     its {@code error_msg}, or null for a message naming the fault
 * @param retryAfter   its {@code Retry-After} (whole seconds), or null for none
 * @param requestId    its {@code X-Request-Id}, or null for a new one
 * @param delay        how long the answer is held back (zero for none)
 */
public record InjectedFault(
        Kind kind,
        int status,
        String errorCode,
        String errorMsg,
        Duration retryAfter,
        String requestId,
        Duration delay) {

    /** The longest delay a fault or a {@code Prefer: delay} may ask for. */
    public static final Duration MAX_DELAY = Duration.ofSeconds(60);

    /** What a faulted request gets. */
    public enum Kind {
        /** The normal answer (after the delay). */
        PASS,
        /** An error status with an {@code ErrorResponse} body and {@code X-Request-Id}. */
        STATUS,
        /** No answer: the connection is reset (TCP RST). */
        RESET,
        /** A complete 200 answer whose body is the first half of the spec's example: not valid JSON. */
        MALFORMED_BODY,
        /** A 200 answer whose {@code Content-Length} announces the spec's example, of which only half is sent
         * before the connection closes. */
        TRUNCATED_BODY
    }

    /**
     * Checks the status, the delay and {@code Retry-After}.
     *
     * @param kind       what is answered
     * @param status     the status of a {@link Kind#STATUS} fault
     * @param errorCode  its {@code error_code}, or null
     * @param errorMsg   its {@code error_msg}, or null
     * @param retryAfter its {@code Retry-After}, or null
     * @param requestId  its {@code X-Request-Id}, or null
     * @param delay      how long the answer is held back
     * @throws IllegalArgumentException naming the value out of range
     */
    public InjectedFault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(delay, "delay");
        if (kind == Kind.STATUS && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("a fault's status must be from 400 to 599, was " + status);
        }
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException(
                    "a fault's delay must be from 0 to " + MAX_DELAY.toSeconds() + " s, was " + delay);
        }
        if (retryAfter != null && (retryAfter.isNegative() || retryAfter.toNanos() % 1_000_000_000L != 0)) {
            throw new IllegalArgumentException(
                    "Retry-After must be a whole, non-negative number of seconds, was " + retryAfter);
        }
    }

    /**
     * An error status with the server's own body.
     *
     * @param status the status, from 400 to 599
     * @return the fault
     */
    public static InjectedFault status(int status) {
        return new InjectedFault(Kind.STATUS, status, null, null, null, null, Duration.ZERO);
    }

    /**
     * A fault without status or delay.
     *
     * @param kind what is answered
     * @return the fault
     */
    public static InjectedFault of(Kind kind) {
        return new InjectedFault(kind, 0, null, null, null, null, Duration.ZERO);
    }

    /**
     * The normal answer, held back.
     *
     * @param delay how long, at most {@link #MAX_DELAY}
     * @return the fault
     */
    public static InjectedFault delay(Duration delay) {
        return new InjectedFault(Kind.PASS, 0, null, null, null, null, delay);
    }

    /**
     * @param errorCode the body's {@code error_code}
     * @return the same fault with it
     */
    public InjectedFault withErrorCode(String errorCode) {
        return new InjectedFault(kind, status, errorCode, errorMsg, retryAfter, requestId, delay);
    }

    /**
     * @param errorMsg the body's {@code error_msg}
     * @return the same fault with it
     */
    public InjectedFault withErrorMsg(String errorMsg) {
        return new InjectedFault(kind, status, errorCode, errorMsg, retryAfter, requestId, delay);
    }

    /**
     * @param retryAfter the {@code Retry-After}, in whole seconds
     * @return the same fault with it
     */
    public InjectedFault withRetryAfter(Duration retryAfter) {
        return new InjectedFault(kind, status, errorCode, errorMsg, retryAfter, requestId, delay);
    }

    /**
     * @param requestId the {@code X-Request-Id}
     * @return the same fault with it
     */
    public InjectedFault withRequestId(String requestId) {
        return new InjectedFault(kind, status, errorCode, errorMsg, retryAfter, requestId, delay);
    }

    /**
     * @param delay how long the answer is held back, at most {@link #MAX_DELAY}
     * @return the same fault with it
     */
    public InjectedFault withDelay(Duration delay) {
        return new InjectedFault(kind, status, errorCode, errorMsg, retryAfter, requestId, delay);
    }
}

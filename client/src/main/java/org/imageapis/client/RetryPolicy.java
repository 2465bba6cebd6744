package org.imageapis.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long to retry. All four calls are safe GETs, so retries are on by default: for
 * connection failures, 429 (waiting as {@code Retry-After} says) and 502/503/504. Between attempts
 * the client waits an exponentially growing backoff with jitter; a {@code Retry-After} longer than
 * {@link #maxRetryAfter()} is not waited for: the error is thrown instead.
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy DISABLED = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.maxRetryAfter = builder.maxRetryAfter;
    }

    /** 3 attempts, backoff from 200 ms up to 20 s, {@code Retry-After} honoured up to 60 s. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** One attempt only. */
    public static RetryPolicy disabled() {
        return DISABLED;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Attempts in total, the first one included; 1 turns retries off. */
    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry): {@code initialBackoff * 2^(retry-1)},
     * capped at {@code maxBackoff}, of which the upper half is scaled by {@code jitter} (0 to 1) so that
     * clients that failed together do not retry together.
     */
    public Duration backoff(int retry, double jitter) {
        long ceiling = initialBackoff.toMillis() << Math.min(retry - 1, 30);
        long capped = Math.min(ceiling < 0 ? Long.MAX_VALUE : ceiling, maxBackoff.toMillis());
        return Duration.ofMillis(capped / 2 + Math.round(capped / 2.0 * jitter));
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff="
                + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + "]";
    }

    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(20);
        private Duration maxRetryAfter = Duration.ofSeconds(60);

        private Builder() {}

        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
            return this;
        }

        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
            return this;
        }

        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(Duration duration, String name) {
            if (Objects.requireNonNull(duration, name).isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + duration);
            }
            return duration;
        }
    }
}

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

    /** @return 3 attempts, backoff from 200 ms up to 20 s, {@code Retry-After} honoured up to 60 s */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** @return one attempt only */
    public static RetryPolicy disabled() {
        return DISABLED;
    }

    /** @return a builder that starts from the {@link #defaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return attempts in total, the first one included; 1 turns retries off */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the backoff before the first retry, doubled for each next one */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** @return the longest backoff, however many retries came before */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return the longest {@code Retry-After} waited for; a longer one throws the error instead */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry): {@code initialBackoff * 2^(retry-1)},
     * capped at {@code maxBackoff}, of which the upper half is scaled by {@code jitter} (0 to 1) so that
     * clients that failed together do not retry together.
     *
     * @param retry the retry's number, from 1
     * @param jitter a random number from 0 to 1
     * @return the wait
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

    /** Configures a {@link RetryPolicy}; obtained from {@link #builder()}. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(20);
        private Duration maxRetryAfter = Duration.ofSeconds(60);

        private Builder() {}

        /**
         * @param maxAttempts attempts in total, at least 1 (default 3)
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param initialBackoff the backoff before the first retry, not negative (default 200 ms)
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
            return this;
        }

        /**
         * @param maxBackoff the longest backoff, not negative (default 20 s)
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * @param maxRetryAfter the longest {@code Retry-After} waited for, not negative (default 60 s)
         * @return this builder
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        /** @return the policy */
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

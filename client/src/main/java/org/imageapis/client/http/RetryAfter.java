package org.imageapis.client.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP-date (RFC 9110, section 10.2.3). */
final class RetryAfter {

    private final Clock clock;

    RetryAfter(Clock clock) {
        this.clock = clock;
    }

    /** The wait the header asks for; empty when it is absent or unreadable, so the backoff applies. */
    Optional<Duration> parse(Optional<String> header) {
        return header.map(String::trim).flatMap(this::parse);
    }

    private Optional<Duration> parse(String value) {
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Duration until = Duration.between(
                    clock.instant(),
                    ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant());
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

package org.imageapis.client.http;

import java.time.Duration;

/** Waits between attempts; tests replace it to record the waits instead of making them. */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}

package org.imageapis.client.http;

import java.time.Duration;

/** Waits between attempts; tests replace it to record the waits instead of making them. */
@FunctionalInterface
public interface Sleeper {

    /** Really waits, on the calling thread. */
    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    /**
     * @param duration how long to wait
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}

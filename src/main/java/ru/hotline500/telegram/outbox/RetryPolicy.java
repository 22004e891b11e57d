package ru.hotline500.telegram.outbox;

import java.time.Duration;

/** Waits after a server or network error: 1 s, 2 s, 4 s … up to 5 minutes between attempts. */
final class RetryPolicy {

    private static final Duration FIRST = Duration.ofSeconds(1);
    private static final Duration LONGEST = Duration.ofMinutes(5);

    private RetryPolicy() {
    }

    static Duration after(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}

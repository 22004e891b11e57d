package ru.hotline500.telegram.outbox;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The global limit kept where it counts, at the moment a request leaves: each send thread takes the next free slot,
 * evenly spaced, and waits for it just before calling Telegram. The dispatcher paces too, but between its decision
 * and the wire there is a database write, and a few milliseconds of jitter there put 31 requests into one second.
 * Thread-safe.
 */
final class WirePacing {

    private final long spacingNanos;
    private long nextSlot = Long.MIN_VALUE;

    WirePacing(double perSecond) {
        this.spacingNanos = (long) Math.ceil(1_000_000_000L / perSecond);
    }

    /** No spacing at all: for tests whose clock is not the machine's (the dispatcher's own pacing still holds). */
    static WirePacing none() {
        return new WirePacing(Double.POSITIVE_INFINITY);
    }

    /** Waits until this thread's slot; never returns before it. */
    void awaitSlot() {
        long slot = reserve(System.nanoTime());
        long left;
        while ((left = slot - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }

    synchronized long reserve(long now) {
        long slot = nextSlot == Long.MIN_VALUE || now - nextSlot > 0 ? now : nextSlot;
        nextSlot = slot + spacingNanos;
        return slot;
    }

    Duration spacing() {
        return Duration.ofNanos(spacingNanos);
    }
}

package ru.hotline500.telegram.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code limit} messages within any {@code window}: the times of the last ones are kept, so there is no burst
 * on top of the limit (a token bucket of 20 a minute with a burst of 3 let 23 into one minute, and Telegram answered
 * 429 to a group).
 */
final class SlidingWindow implements ChatLimit {

    private final int limit;
    private final Duration window;
    private final Deque<Instant> times = new ArrayDeque<>();

    SlidingWindow(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    @Override
    public Duration waitFor(Instant now) {
        forgetBefore(now);
        if (times.size() < limit) {
            return Duration.ZERO;
        }
        Instant free = times.peekFirst().plus(window);
        return free.isAfter(now) ? Duration.between(now, free) : Duration.ZERO;
    }

    @Override
    public void take(Instant at) {
        if (times.isEmpty() || !at.isBefore(times.peekLast())) {
            times.addLast(at);
        } else {
            // remembered out of order at start: keep the deque sorted
            Deque<Instant> later = new ArrayDeque<>();
            while (!times.isEmpty() && times.peekLast().isAfter(at)) {
                later.addFirst(times.pollLast());
            }
            times.addLast(at);
            times.addAll(later);
        }
    }

    @Override
    public boolean isFull(Instant now) {
        forgetBefore(now);
        return times.isEmpty();
    }

    private void forgetBefore(Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.pollFirst();
        }
    }
}

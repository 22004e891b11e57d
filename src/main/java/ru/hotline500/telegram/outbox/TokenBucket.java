package ru.hotline500.telegram.outbox;

import java.time.Duration;
import java.time.Instant;

/** A bucket of {@code capacity} tokens refilled at {@code perSecond}: allows short bursts, holds the average. */
final class TokenBucket implements ChatLimit {

    private final double capacity;
    private final double perSecond;
    private double tokens;
    private Instant updated;

    TokenBucket(double capacity, double perSecond, Instant now) {
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.tokens = capacity;
        this.updated = now;
    }

    /** How long until a token is there; zero when one is there now. */
    @Override
    public Duration waitFor(Instant now) {
        refill(now);
        if (tokens >= 1) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * 1_000_000_000L));
    }

    @Override
    public void take(Instant now) {
        refill(now);
        tokens -= 1;
    }

    /** Full again: the bucket can be forgotten. */
    @Override
    public boolean isFull(Instant now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(Instant now) {
        if (now.isAfter(updated)) {
            tokens = Math.min(capacity, tokens + perSecond * Duration.between(updated, now).toNanos() / 1e9);
            updated = now;
        }
    }
}

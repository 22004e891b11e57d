package ru.hotline500.telegram.transport;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Whether the bot reaches Telegram, as /actuator/health shows it: UP when polling; CONNECTING while Telegram cannot
 * be reached (the bot retries by itself, so the application as a whole stays UP and nobody restarts it for that);
 * DOWN when the token was refused, which only a person can fix.
 */
class TelegramConnection implements HealthIndicator {

    enum State { CONNECTING, POLLING, UNAUTHORIZED }

    private record Snapshot(State state, String detail, Instant since) {
    }

    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(State.CONNECTING, "starting", Instant.now()));

    void is(State state, String detail) {
        current.set(new Snapshot(state, detail, Instant.now()));
    }

    State state() {
        return current.get().state();
    }

    @Override
    public Health health() {
        Snapshot snapshot = current.get();
        Health.Builder health = switch (snapshot.state()) {
            case POLLING -> Health.up();
            case CONNECTING -> Health.status(new Status("CONNECTING", "Telegram is not reachable yet; retrying"));
            case UNAUTHORIZED -> Health.down();
        };
        return health.withDetail("telegram", snapshot.state().name()).withDetail("detail", snapshot.detail())
                .withDetail("since", snapshot.since().toString()).build();
    }
}

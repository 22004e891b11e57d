package ru.hotline500.telegram.transport;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Whether the bot reaches Telegram, as /actuator/health shows it: UP when polling, else why not. */
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
        Health.Builder health = snapshot.state() == State.POLLING ? Health.up() : Health.down();
        return health.withDetail("telegram", snapshot.state().name()).withDetail("detail", snapshot.detail())
                .withDetail("since", snapshot.since().toString()).build();
    }
}

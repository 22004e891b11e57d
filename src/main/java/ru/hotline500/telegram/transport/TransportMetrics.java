package ru.hotline500.telegram.transport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** What operators count of the transport: updates set aside, and how getUpdates calls ended. */
class TransportMetrics {

    private final Counter quarantined;
    private final Counter pollFailures;

    TransportMetrics(MeterRegistry registry) {
        this.quarantined = Counter.builder("hotline.telegram.updates.quarantined")
                .description("updates that could not be read or stored and were set aside").register(registry);
        this.pollFailures = Counter.builder("hotline.telegram.poll.failures")
                .description("getUpdates calls that failed").register(registry);
    }

    void quarantined() {
        quarantined.increment();
    }

    void pollFailed() {
        pollFailures.increment();
    }
}

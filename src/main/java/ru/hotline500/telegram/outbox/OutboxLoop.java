package ru.hotline500.telegram.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** The one thread that dispatches the outbox: it sleeps until the next message may go or new work arrives. */
class OutboxLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxLoop.class);
    private static final Duration IDLE = Duration.ofSeconds(1);

    private final OutboxSender sender;
    private final Clock clock;
    private final Object lock = new Object();
    private volatile boolean running;
    private boolean signalled;
    private Thread thread;

    OutboxLoop(OutboxSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public void start() {
        sender.onWork(this::signal);
        sender.load();
        running = true;
        thread = new Thread(this::run, "outbox-sender");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        signal();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                Instant next = sender.dispatch();
                long millis = next == null ? IDLE.toMillis() : Math.max(1, Duration.between(clock.instant(), next).toMillis());
                synchronized (lock) {
                    if (!signalled && running) {
                        lock.wait(Math.min(millis, IDLE.toMillis()));
                    }
                    signalled = false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Outbox dispatch failed; trying again", e);
            }
        }
    }

    private void signal() {
        synchronized (lock) {
            signalled = true;
            lock.notifyAll();
        }
    }
}

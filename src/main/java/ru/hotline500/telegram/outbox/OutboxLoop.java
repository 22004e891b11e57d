package ru.hotline500.telegram.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** The one thread that dispatches the outbox: it sleeps until the next message may go or new work arrives. */
class OutboxLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxLoop.class);
    private static final Duration IDLE = Duration.ofSeconds(1);
    private static final Duration LAST_ANSWERS = Duration.ofSeconds(10);

    private final OutboxSender sender;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
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

    /** Sends nothing new, and waits a little for the requests under way so that their answers are recorded. */
    @Override
    public void stop() {
        running = false;
        signal();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
            if (!sender.awaitIdle(LAST_ANSWERS)) {
                log.warn("Stopping with requests to Telegram still under way; their messages are sent again at the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before and stops after the parts that put messages out (the bot, the directory loads): what they say while stopping still leaves. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 2000;
    }

    private void run() {
        while (running) {
            try {
                Instant next = sender.dispatch();
                // to the nanosecond: waking a millisecond early or late on every message cost the paced global limit
                // several messages a second (measured: 25.6/s of 30)
                long nanos = next == null ? IDLE.toNanos() : Math.max(0, Duration.between(clock.instant(), next).toNanos());
                lock.lock();
                try {
                    if (!signalled && running && nanos > 0) {
                        work.awaitNanos(Math.min(nanos, IDLE.toNanos()));
                    }
                    signalled = false;
                } finally {
                    lock.unlock();
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
        lock.lock();
        try {
            signalled = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }
}

package ru.hotline500.telegram.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Sends what the outbox holds, oldest first within each chat, one message of a chat at a time, within
 * {@link SendingLimits}; {@link AttemptOutcomes} says what each attempt's end means. A message is handed to a send thread
 * only when one is free, and the thread waits for its {@link WirePacing} slot right before the request leaves, so
 * nothing queues between the pacing and the wire. The state is in memory and in the table alike: after a restart,
 * {@link #load} picks up every message not confirmed and remembers the last minute's sends against the limits.
 */
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final DeliveryChannel channel;
    private final OutboxStore store;
    private final Clock clock;
    private final Executor executor;
    private final AttemptOutcomes outcomes;
    private final LimitsProperties properties;
    private final SendingLimits limits;
    private final WirePacing pacing;
    private final OutboxLanes lanes = new OutboxLanes();
    private final Set<String> inFlight = new HashSet<>();
    private final Map<Long, Instant> pausedChats = new HashMap<>();
    private Runnable wake = () -> { };

    OutboxSender(DeliveryChannel channel, OutboxStore store, Clock clock, Executor executor, ApplicationEventPublisher events,
                 LimitsProperties properties, WirePacing pacing) {
        this.channel = channel;
        this.store = store;
        this.clock = clock;
        this.executor = executor;
        this.outcomes = new AttemptOutcomes(store, clock, properties, events);
        this.properties = properties;
        this.limits = new SendingLimits(properties, clock.instant());
        this.pacing = pacing;
    }

    /** Called whenever there may be something new to send (the dispatching loop waits on it). */
    void onWork(Runnable wake) {
        this.wake = wake;
    }

    /** Every pending message of the table, at start; what went in the last minute counts against the limits. */
    void load() {
        Instant now = clock.instant();
        int unknown = store.unknownAtRestart();
        if (unknown > 0) {
            log.warn("{} messages were being sent when the bot stopped; Telegram may have taken them, they are sent again", unknown);
        }
        List<SendingLimits.RecentSend> recent = store.sentSince(now.minus(SendingLimits.GROUP_WINDOW));
        synchronized (this) {
            limits.remember(recent, now);
        }
        enqueue(store.pending());
    }

    /** Messages just committed to the table. */
    public void enqueue(Collection<OutboxMessage> messages) {
        synchronized (this) {
            messages.forEach(lanes::add);
        }
        wake.run();
    }

    /** A group became a supergroup: what waits for the old id goes to the new one, after what already waits there. */
    synchronized void migrate(long oldChatId, long newChatId) {
        lanes.migrate(oldChatId, newChatId);
    }

    /**
     * Starts sending every message that may go now; returns when the next one may go (null when nothing waits).
     * Called by the dispatching loop, and directly by tests with a clock of their own.
     */
    synchronized Instant dispatch() {
        Instant now = clock.instant();
        Instant next = null;
        List<Runnable> sends = new ArrayList<>();
        for (Map.Entry<String, Deque<OutboxMessage>> entry : lanes.all()) {
            if (inFlight.size() >= properties.senderThreads()) {
                break;  // every send thread is busy: a message handed on now would wait in a queue, not on the wire
            }
            Duration global = limits.globalWait(now);
            if (!global.isZero()) {
                // nothing may go before the global limit allows one more: no need to look at the other lanes
                // (3,000 groups' digests waiting meant 3,000 lanes walked on every wake-up)
                next = next == null || now.plus(global).isBefore(next) ? now.plus(global) : next;
                break;
            }
            if (inFlight.contains(entry.getKey())) {
                continue;
            }
            OutboxMessage message = entry.getValue().peek();
            Instant ready = latest(message.nextAttemptAt(), pausedChats.getOrDefault(message.chatId(), Instant.MIN));
            Duration wait = ready.isAfter(now) ? Duration.between(now, ready) : limits.tryAcquire(message, now);
            if (!wait.isZero()) {
                next = next == null || now.plus(wait).isBefore(next) ? now.plus(wait) : next;
                continue;
            }
            inFlight.add(entry.getKey());
            sends.add(() -> send(entry.getKey(), message));
        }
        limits.forgetQuietChats(now);
        sends.forEach(executor::execute);
        return next;
    }

    synchronized int waiting() {
        return lanes.waiting();
    }

    private void send(String lane, OutboxMessage message) {
        try {
            store.markSending(message.id());
        } catch (RuntimeException e) {
            log.warn("Message {} not sent: the outbox table cannot be written ({})", message.id(), e.toString());
            finish(lane, () -> replaceHead(lane, message.retryAt(clock.instant().plus(RetryPolicy.after(1)), message.attempts())));
            return;
        }
        Delivery delivery;
        try {
            delivery = channel.deliver(message, pacing::awaitSlot);
        } catch (RuntimeException e) {
            delivery = new Delivery.Transient(String.valueOf(e));
        }
        Delivery outcome = delivery;
        finish(lane, () -> record(lane, message, outcome));
    }

    private void finish(String lane, Runnable recording) {
        try {
            recording.run();
        } catch (RuntimeException e) {
            log.error("Could not record how a message to {} was delivered: {}", lane, e.toString());
        } finally {
            synchronized (this) {
                inFlight.remove(lane);
                notifyAll();
            }
            wake.run();
        }
    }

    /**
     * Waits until no request is under way, or the time is up: stopping the application then closes the database
     * only after the answers that came were recorded (an answer not recorded means the message is sent again).
     */
    synchronized boolean awaitIdle(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!inFlight.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private void record(String lane, OutboxMessage message, Delivery delivery) {
        AttemptOutcomes.Next next = outcomes.record(message, delivery);
        if (next instanceof AttemptOutcomes.Next.Retry retry) {
            synchronized (this) {
                if (retry.chatPaused()) {
                    pausedChats.put(message.chatId(), retry.later().nextAttemptAt());
                }
                lanes.replaceHead(lane, retry.later());
            }
            return;
        }
        List<OutboxMessage> rest;
        synchronized (this) {
            lanes.done(lane, message);
            rest = next instanceof AttemptOutcomes.Next.ChatGone ? lanes.drop(lane) : List.of();
        }
        if (next instanceof AttemptOutcomes.Next.ChatGone gone) {
            outcomes.chatGone(message.chatId(), rest, gone.refusal());
        }
    }

    private synchronized void replaceHead(String lane, OutboxMessage message) {
        lanes.replaceHead(lane, message);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

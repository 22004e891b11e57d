package ru.hotline500.telegram.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * How one attempt ended, written to the table and logged, and what the sender does next with the message: a 429
 * waits its {@code retry_after} (the whole chat waits), server and network errors retry with {@link RetryPolicy}, an
 * unknown outcome is sent again and counted, a refusal for good (400, 403) is recorded and not retried, and a chat
 * that blocked the bot or is gone gets nothing more.
 */
final class AttemptOutcomes {

    private static final Logger log = LoggerFactory.getLogger(AttemptOutcomes.class);

    /** What the sender does next with the message. */
    sealed interface Next {
        /** Sent or given up: the lane moves on. */
        record Done() implements Next {
        }

        /** Try again then; {@code chatPaused}: nothing else goes to the chat before that either. */
        record Retry(OutboxMessage later, boolean chatPaused) implements Next {
        }

        /** Done, and the chat is unreachable: drop what still waits for it. */
        record ChatGone(Delivery.Permanent refusal) implements Next {
        }
    }

    private final OutboxStore store;
    private final Clock clock;
    private final LimitsProperties properties;
    private final ApplicationEventPublisher events;

    AttemptOutcomes(OutboxStore store, Clock clock, LimitsProperties properties, ApplicationEventPublisher events) {
        this.store = store;
        this.clock = clock;
        this.properties = properties;
        this.events = events;
    }

    Next record(OutboxMessage message, Delivery delivery) {
        Instant now = clock.instant();
        if (delivery instanceof Delivery.Sent sent) {
            store.markSent(message.id(), sent.messageId());
            return new Next.Done();
        }
        if (delivery instanceof Delivery.RetryAfter retry) {
            return waitAsTold(message, retry.delay(), now);
        }
        if (delivery instanceof Delivery.Transient failure) {
            return retryOrGiveUp(message, failure.reason(), now);
        }
        if (delivery instanceof Delivery.Unknown unknown) {
            return uncertain(message, unknown.reason(), now);
        }
        return refused(message, (Delivery.Permanent) delivery);
    }

    /** What still waited for a chat found unreachable is given up too, and the features are told. */
    void chatGone(long chatId, Iterable<OutboxMessage> rest, Delivery.Permanent refusal) {
        rest.forEach(m -> store.markFailed(m.id(), "chat unreachable: " + refusal.reason()));
        events.publishEvent(new ChatUnreachable(chatId, refusal.code(), refusal.reason()));
    }

    private Next waitAsTold(OutboxMessage message, Duration wait, Instant now) {
        log.warn("Telegram asks to wait {} s before writing to chat {}", wait.toSeconds(), message.chatId());
        Instant when = now.plus(wait);
        store.retryAt(message.id(), message.attempts(), when, "429: retry after " + wait.toSeconds() + " s");
        return new Next.Retry(message.retryAt(when, message.attempts()), true);
    }

    private Next retryOrGiveUp(OutboxMessage message, String reason, Instant now) {
        int attempts = message.attempts() + 1;
        if (attempts >= properties.maxAttempts()) {
            log.error("Message {} to chat {} given up after {} attempts: {}", message.id(), message.chatId(), attempts, reason);
            store.markFailed(message.id(), reason);
            return new Next.Done();
        }
        Instant when = now.plus(RetryPolicy.after(attempts));
        log.warn("Message {} to chat {} not sent ({}), attempt {} at {}", message.id(), message.chatId(), reason, attempts + 1, when);
        store.retryAt(message.id(), attempts, when, reason);
        return new Next.Retry(message.retryAt(when, attempts), false);
    }

    /** No answer came: sent again (a message lost is worse than one twice), the row counting the unknown outcome. */
    private Next uncertain(OutboxMessage message, String reason, Instant now) {
        int attempts = message.attempts() + 1;
        if (attempts >= properties.maxAttempts()) {
            return retryOrGiveUp(message, "outcome unknown: " + reason, now);
        }
        Instant when = now.plus(RetryPolicy.after(attempts));
        log.warn("Message {} to chat {}: {}; Telegram may have it, sending again at {}", message.id(), message.chatId(), reason, when);
        store.unknownOutcome(message.id(), attempts, when, reason);
        return new Next.Retry(message.retryAt(when, attempts), false);
    }

    private Next refused(OutboxMessage message, Delivery.Permanent refusal) {
        log.warn("Telegram refused message {} to chat {}: {}", message.id(), message.chatId(), refusal.reason());
        store.markFailed(message.id(), refusal.reason());
        boolean gone = message.isForChat() && (refusal.code() == 403 || refusal.reason().contains("chat not found"));
        return gone ? new Next.ChatGone(refusal) : new Next.Done();
    }
}

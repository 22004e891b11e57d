package ru.hotline500.telegram.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import ru.hotline500.telegram.ChatKind;

/**
 * Telegram's limits, kept before Telegram has to enforce them: about one message a second per private chat (short
 * bursts allowed), 20 a minute per group, 30 a second in all. Button answers count only against the total.
 * Not thread-safe: the sender's one dispatching thread owns it.
 */
final class SendingLimits {

    private final LimitsProperties limits;
    private final TokenBucket global;
    private final Map<Long, TokenBucket> chats = new HashMap<>();

    SendingLimits(LimitsProperties limits, Instant now) {
        this.limits = limits;
        this.global = new TokenBucket(limits.globalPerSecond(), limits.globalPerSecond(), now);
    }

    /** Zero when the message may go now (and its tokens are taken), else how long to wait. */
    Duration tryAcquire(OutboxMessage message, Instant now) {
        Duration wait = global.waitFor(now);
        TokenBucket chat = message.isForChat() ? chat(message.chatId(), message.chatKind(), now) : null;
        if (chat != null) {
            Duration chatWait = chat.waitFor(now);
            wait = chatWait.compareTo(wait) > 0 ? chatWait : wait;
        }
        if (!wait.isZero()) {
            return wait;
        }
        global.take(now);
        if (chat != null) {
            chat.take(now);
        }
        return Duration.ZERO;
    }

    /** Forgets the buckets of chats that have been quiet long enough to be full again. */
    void forgetQuietChats(Instant now) {
        chats.values().removeIf(bucket -> bucket.isFull(now));
    }

    private TokenBucket chat(long chatId, ChatKind kind, Instant now) {
        return chats.computeIfAbsent(chatId, id -> kind == ChatKind.PRIVATE
                ? new TokenBucket(limits.privateBurst(), limits.privatePerSecond(), now)
                : new TokenBucket(limits.groupBurst(), limits.groupPerMinute() / 60.0, now));
    }
}

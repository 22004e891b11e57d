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

    private static final double GLOBAL_MARGIN = 0.97;

    private final LimitsProperties limits;
    private final TokenBucket global;
    private final Map<Long, TokenBucket> chats = new HashMap<>();

    SendingLimits(LimitsProperties limits, Instant now) {
        this.limits = limits;
        // Evenly paced, no burst: a full bucket of 30 plus 30 refilled put up to 60 messages into one second after a
        // quiet spell, and Telegram answered 429 (measured with the digest benchmark: 46 of 300). A 3 % margin
        // absorbs the few milliseconds of jitter between our sending and the requests' arrival (without it: 1–2 429s).
        this.global = new TokenBucket(1, limits.globalPerSecond() * GLOBAL_MARGIN, now);
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

    /** How long until the global limit allows one more message (zero: now). */
    Duration globalWait(Instant now) {
        return global.waitFor(now);
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

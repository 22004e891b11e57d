package ru.hotline500.telegram.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.hotline500.telegram.ChatKind;

/**
 * Telegram's limits, kept before Telegram has to enforce them: about one message a second per private chat (short
 * bursts allowed), 20 a minute per group with no burst on top, 30 a second in all. Button answers count only against
 * the total. The sends of the last minute are remembered at start, so a restart with a backlog does not begin with
 * a group's full minute again. Not thread-safe: the sender's one dispatching thread owns it.
 */
final class SendingLimits {

    /**
     * Evenly paced with a 10 % margin (27 a second) for the delays between a request leaving and its arrival: in the
     * seconds after a start, on two busy cores, single requests arrived up to 90 ms late and the next one on time, so
     * three late ones put a 31st into a second (measured with the restart benchmark: at 3 % and 5 % margins, 1–10
     * 429s per 300-reply backlog; at 10 %, none).
     */
    static final double GLOBAL_MARGIN = 0.9;
    /** A second more than Telegram's minute: a group's window is counted where requests arrive, a little later. */
    static final Duration GROUP_WINDOW = Duration.ofSeconds(61);

    private final LimitsProperties limits;
    private final TokenBucket global;
    private final Map<Long, ChatLimit> chats = new HashMap<>();

    SendingLimits(LimitsProperties limits, Instant now) {
        this.limits = limits;
        // no burst: a full bucket of 30 plus 30 refilled put up to 60 messages into one second after a quiet spell
        this.global = new TokenBucket(1, globalPerSecond(limits), now);
    }

    static double globalPerSecond(LimitsProperties limits) {
        return limits.globalPerSecond() * GLOBAL_MARGIN;
    }

    /** Zero when the message may go now (and its share of the limits is taken), else how long to wait. */
    Duration tryAcquire(OutboxMessage message, Instant now) {
        Duration wait = global.waitFor(now);
        ChatLimit chat = message.isForChat() ? chat(message.chatId(), message.chatKind(), now) : null;
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

    /** What was sent shortly before a start counts against the chats' limits. */
    void remember(List<RecentSend> sends, Instant now) {
        for (RecentSend send : sends) {
            chat(send.chatId(), send.chatKind(), now).take(send.sentAt());
        }
    }

    /** Forgets the limits of chats that have been quiet long enough. */
    void forgetQuietChats(Instant now) {
        chats.values().removeIf(limit -> limit.isFull(now));
    }

    private ChatLimit chat(long chatId, ChatKind kind, Instant now) {
        return chats.computeIfAbsent(chatId, id -> kind == ChatKind.PRIVATE
                ? new TokenBucket(limits.privateBurst(), limits.privatePerSecond(), now)
                : new SlidingWindow(limits.groupPerMinute(), GROUP_WINDOW));
    }

    /** A message or document sent to a chat, as the outbox table remembers it. */
    record RecentSend(long chatId, ChatKind chatKind, Instant sentAt) {
    }
}

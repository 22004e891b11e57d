package ru.hotline500.telegram.outbox;

import java.time.Duration;

/** How an attempt to send ended, as the sender needs to know it. */
public sealed interface Delivery {

    /** Telegram confirmed; {@code messageId} is the sent message's id (null for a button answer). */
    record Sent(Integer messageId) implements Delivery {
    }

    /** 429: too many requests, wait this long. */
    record RetryAfter(Duration delay) implements Delivery {
    }

    /** A server error or the network: try again later. */
    record Transient(String reason) implements Delivery {
    }

    /**
     * The request left but its answer never came (a timeout, a connection broken while waiting): Telegram may have
     * delivered it. It is sent again (a message lost is worse than one twice), and the row counts such attempts.
     */
    record Unknown(String reason) implements Delivery {
    }

    /** 400 or 403 (blocked by the user, chat not found): trying again will not help. */
    record Permanent(int code, String reason) implements Delivery {
    }
}

package ru.hotline500.telegram.transport;

import java.time.Duration;

/**
 * A Bot API call that did not succeed, and what is known of its effect: whether Telegram refused it for good, asks
 * to wait, failed on its side, was never reached, or may have done it without our learning so.
 */
final class BotApiFailure extends Exception {

    enum Kind {
        /** A definite refusal (a 4xx answered in the Bot API's own JSON): trying again will not help. */
        REFUSED,
        /** 429: wait {@link #retryAfter()} and try again. */
        RETRY_AFTER,
        /** A 5xx or an answer that is not the Bot API's JSON (a proxy's HTML page): nothing was done, try again. */
        SERVER_ERROR,
        /** The request never left (connection refused, unknown host): nothing was done, try again. */
        NOT_SENT,
        /** The request left but no answer came in time, or the connection broke while waiting: it may have been done. */
        UNKNOWN
    }

    private final Kind kind;
    private final int code;
    private final Duration retryAfter;

    BotApiFailure(Kind kind, int code, String reason, Duration retryAfter) {
        super(reason);
        this.kind = kind;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static BotApiFailure of(Kind kind, String reason) {
        return new BotApiFailure(kind, 0, reason, null);
    }

    Kind kind() {
        return kind;
    }

    /** The HTTP or Bot API error code; 0 when no answer came. */
    int code() {
        return code;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}

package ru.hotline500.telegram.outbox;

import java.time.Duration;
import java.time.Instant;

/** How often one chat may be written to. Not thread-safe: the sender's dispatching thread owns it. */
interface ChatLimit {

    /** How long until one more message may go; zero when it may go now. */
    Duration waitFor(Instant now);

    /** One message went at {@code at} (not earlier than any before it, except when remembered at start). */
    void take(Instant at);

    /** Nothing of the past limits the chat any more: its limit can be forgotten. */
    boolean isFull(Instant now);
}

package ru.hotline500.telegram.outbox;

/** Sends one stored message; implemented over the Bot API by the transport, and by fakes in tests. */
public interface DeliveryChannel {

    /**
     * Never throws: every failure is one of the {@link Delivery} outcomes. {@code atTheWire} is run once, right
     * before the request leaves (the connection ready, nothing between it and the wire), and may wait: that is where
     * the global pace is kept.
     */
    Delivery deliver(OutboxMessage message, Runnable atTheWire);
}

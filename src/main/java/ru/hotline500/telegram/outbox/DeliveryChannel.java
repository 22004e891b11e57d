package ru.hotline500.telegram.outbox;

/** Sends one stored message; implemented over the Bot API by the transport, and by fakes in tests. */
public interface DeliveryChannel {

    /** Never throws: every failure is one of the {@link Delivery} outcomes. */
    Delivery deliver(OutboxMessage message);
}

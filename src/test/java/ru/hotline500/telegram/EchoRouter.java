package ru.hotline500.telegram;

import java.util.List;

/**
 * The benchmark's baseline: a router that answers every message with its own text, so that the measured path is
 * only the transport (long polling, inbox, outbox, sendMessage), without the roadmaps and the answers.
 */
public final class EchoRouter extends BotRouter {

    public EchoRouter() {
        super(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Override
    public List<Outgoing> route(Inbound inbound) {
        if (inbound instanceof Inbound.Message message) {
            return List.of(Outgoing.Message.text(message.chat(), message.text()));
        }
        return List.of();
    }
}

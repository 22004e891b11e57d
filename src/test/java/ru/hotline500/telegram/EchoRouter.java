package ru.hotline500.telegram;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's baseline: a router that answers every message with its own text, so that the measured path is
 * only the transport (long polling, inbox, outbox, sendMessage), without the roadmaps and the answers.
 */
public final class EchoRouter extends BotRouter {

    public EchoRouter() {
        super(new Commands(List.of()), List.of(new NoDialogues()), List.of(), null, null, null, null, null, null);
    }

    /** The echo has no dialogues; the router still wants each one answered. */
    private static final class NoDialogues implements TextFlow {

        @Override
        public Set<Conversation.Flow> flows() {
            return EnumSet.allOf(Conversation.Flow.class);
        }

        @Override
        public List<Outgoing> typed(Inbound.Message message, Conversation conversation) {
            return List.of();
        }
    }

    @Override
    public List<Outgoing> route(Inbound inbound) {
        if (inbound instanceof Inbound.Message message) {
            return List.of(Outgoing.Message.text(message.chat(), message.text()));
        }
        return List.of();
    }
}

package ru.hotline500.telegram;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The benchmark's baseline: a router that answers every message with its own text, so that the measured path is
 * only the transport (long polling, inbox, outbox, sendMessage), without the roadmaps and the answers.
 */
public final class EchoRouter extends BotRouter {

    public EchoRouter() {
        super(List.of(EchoRouter::everyCommandEchoed), null, null, null, null, null, null, null, null);
    }

    private static Map<Command, Function<Inbound.Message, List<Outgoing>>> everyCommandEchoed() {
        return Arrays.stream(Command.values()).collect(Collectors.toMap(command -> command,
                command -> message -> List.of(Outgoing.Message.text(message.chat(), message.text()))));
    }

    @Override
    public List<Outgoing> route(Inbound inbound) {
        if (inbound instanceof Inbound.Message message) {
            return List.of(Outgoing.Message.text(message.chat(), message.text()));
        }
        return List.of();
    }
}

package ru.hotline500.telegram;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** /help: how to ask, with examples; in a group, how to ask there. */
@Component
class HelpCommand implements CommandHandlers {

    private final Askers askers;
    private final BotIdentity identity;

    HelpCommand(Askers askers, BotIdentity identity) {
        this.askers = askers;
        this.identity = identity;
    }

    @Override
    public Map<Command, Function<Inbound.Message, List<Outgoing>>> commands() {
        return Map.of(Command.HELP, this::handle);
    }

    List<Outgoing> handle(Inbound.Message message) {
        String text = message.chat().isPrivate()
                ? BotTexts.help(askers.territoryOf(message.from()).map(askers::describe).orElse(null))
                : BotTexts.groupHelp(identity.username().orElse(null));
        return List.of(Outgoing.Message.text(message.chat(), text));
    }
}

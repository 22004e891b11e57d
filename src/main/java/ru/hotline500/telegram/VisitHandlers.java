package ru.hotline500.telegram;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** The visit commands: /visit, /plan and /cancel begin or end the dialogue; /visits and /export list. */
@Component
class VisitHandlers implements CommandHandlers {

    private final VisitDialogue dialogue;
    private final StageVisitsCommand command;

    VisitHandlers(VisitDialogue dialogue, StageVisitsCommand command) {
        this.dialogue = dialogue;
        this.command = command;
    }

    @Override
    public Map<Command, Function<Inbound.Message, List<Outgoing>>> commands() {
        return Map.of(
                Command.VISIT, message -> dialogue.begin(message.chat(), message.from(), Conversation.Flow.VISIT),
                Command.PLAN, message -> dialogue.begin(message.chat(), message.from(), Conversation.Flow.PLAN),
                Command.CANCEL, message -> dialogue.cancel(message.chat(), message.from()),
                Command.VISITS, command::handle,
                Command.EXPORT, command::export);
    }
}

package ru.hotline500.telegram.visits;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.hotline500.telegram.BotCommand;
import ru.hotline500.telegram.CommandInfo;
import ru.hotline500.telegram.Conversation;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;

/** /visit: a curator confirms a visit to one of their schools, step by step. */
@Component
@Order(50)
class VisitCommand implements BotCommand {

    private final VisitDialogue dialogue;

    VisitCommand(VisitDialogue dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public CommandInfo info() {
        return CommandInfo.privateChat("visit", VisitTexts.VISIT_MENU).forAudience(CommandInfo.Audience.CURATORS);
    }

    @Override
    public List<Outgoing> handle(Inbound.Message message) {
        return dialogue.begin(message.chat(), message.from(), Conversation.Flow.VISIT);
    }
}

package ru.hotline500.telegram.visits;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.hotline500.telegram.BotCommand;
import ru.hotline500.telegram.CommandInfo;
import ru.hotline500.telegram.Conversation;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;

/** /plan: a curator plans a visit (school and date). */
@Component
@Order(70)
class PlanCommand implements BotCommand {

    private final VisitDialogue dialogue;

    PlanCommand(VisitDialogue dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public CommandInfo info() {
        return CommandInfo.privateChat("plan", VisitTexts.PLAN_MENU).forAudience(CommandInfo.Audience.CURATORS);
    }

    @Override
    public List<Outgoing> handle(Inbound.Message message) {
        return dialogue.begin(message.chat(), message.from(), Conversation.Flow.PLAN);
    }
}

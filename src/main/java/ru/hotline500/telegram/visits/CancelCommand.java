package ru.hotline500.telegram.visits;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.hotline500.telegram.BotCommand;
import ru.hotline500.telegram.CommandInfo;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;

/** /cancel: what is being filled in ends, nothing stored. */
@Component
@Order(100)
class CancelCommand implements BotCommand {

    private final VisitDialogue dialogue;

    CancelCommand(VisitDialogue dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public CommandInfo info() {
        return CommandInfo.anywhere("cancel", VisitTexts.CANCEL_MENU, null).forAudience(CommandInfo.Audience.CURATORS);
    }

    @Override
    public List<Outgoing> handle(Inbound.Message message) {
        return dialogue.cancel(message.chat(), message.from());
    }
}

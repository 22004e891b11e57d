package ru.hotline500.telegram.groups;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.hotline500.telegram.BotCommand;
import ru.hotline500.telegram.CommandInfo;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;

/** /unbind: the group is no longer the coordinators' group of its territory. */
@Component
@Order(130)
class UnbindCommand implements BotCommand {

    private final GroupCommands groups;

    UnbindCommand(GroupCommands groups) {
        this.groups = groups;
    }

    @Override
    public CommandInfo info() {
        return CommandInfo.group("unbind", GroupTexts.UNBIND_MENU);
    }

    @Override
    public List<Outgoing> handle(Inbound.Message message) {
        return groups.unbind(message);
    }
}

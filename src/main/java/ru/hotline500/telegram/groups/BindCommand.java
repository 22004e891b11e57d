package ru.hotline500.telegram.groups;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.hotline500.telegram.BotCommand;
import ru.hotline500.telegram.CommandInfo;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;

/** /bind: the group becomes the coordinators' group of a territory. */
@Component
@Order(120)
class BindCommand implements BotCommand {

    private final GroupCommands groups;

    BindCommand(GroupCommands groups) {
        this.groups = groups;
    }

    @Override
    public CommandInfo info() {
        return CommandInfo.group("bind", GroupTexts.BIND_MENU).helpLine(GroupTexts.BIND_HELP);
    }

    @Override
    public List<Outgoing> handle(Inbound.Message message) {
        return groups.bind(message);
    }
}

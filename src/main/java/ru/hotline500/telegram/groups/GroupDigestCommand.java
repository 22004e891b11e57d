package ru.hotline500.telegram.groups;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.hotline500.telegram.BotCommand;
import ru.hotline500.telegram.CommandInfo;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;

/** /digest: the stage summary of the group's territory, now. */
@Component
@Order(110)
class GroupDigestCommand implements BotCommand {

    private final GroupCommands groups;

    GroupDigestCommand(GroupCommands groups) {
        this.groups = groups;
    }

    @Override
    public CommandInfo info() {
        return CommandInfo.group("digest", GroupTexts.DIGEST_MENU).forAudience(CommandInfo.Audience.EVERYONE).inBoundGroupOnly();
    }

    @Override
    public List<Outgoing> handle(Inbound.Message message) {
        return groups.digest(message);
    }
}

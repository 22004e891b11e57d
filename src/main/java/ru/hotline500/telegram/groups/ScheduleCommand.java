package ru.hotline500.telegram.groups;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.hotline500.telegram.BotCommand;
import ru.hotline500.telegram.CommandInfo;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;

/** /schedule: the day and hour of the group's weekly summary. */
@Component
@Order(140)
class ScheduleCommand implements BotCommand {

    private final GroupCommands groups;

    ScheduleCommand(GroupCommands groups) {
        this.groups = groups;
    }

    @Override
    public CommandInfo info() {
        return CommandInfo.group("schedule", GroupTexts.SCHEDULE_MENU).inBoundGroupOnly();
    }

    @Override
    public List<Outgoing> handle(Inbound.Message message) {
        return groups.schedule(message);
    }
}

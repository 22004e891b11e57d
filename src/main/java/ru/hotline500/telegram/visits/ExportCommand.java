package ru.hotline500.telegram.visits;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.hotline500.telegram.BotCommand;
import ru.hotline500.telegram.CommandInfo;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;

/** /export: the coordinator's territory's visits of the current stage, as an Excel file. */
@Component
@Order(80)
class ExportCommand implements BotCommand {

    private final StageVisitsCommand visits;

    ExportCommand(StageVisitsCommand visits) {
        this.visits = visits;
    }

    @Override
    public CommandInfo info() {
        return CommandInfo.privateChat("export", VisitTexts.EXPORT_MENU).forAudience(CommandInfo.Audience.COORDINATORS);
    }

    @Override
    public List<Outgoing> handle(Inbound.Message message) {
        return visits.export(message);
    }
}

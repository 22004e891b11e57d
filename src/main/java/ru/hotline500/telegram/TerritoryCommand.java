package ru.hotline500.telegram;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /territory: the choice of territory again, from the regions. */
@Component
@Order(20)
class TerritoryCommand implements BotCommand {

    private final TerritoryChoice territoryChoice;

    TerritoryCommand(TerritoryChoice territoryChoice) {
        this.territoryChoice = territoryChoice;
    }

    @Override
    public CommandInfo info() {
        return CommandInfo.privateChat("territory", BotTexts.TERRITORY_MENU);
    }

    @Override
    public List<Outgoing> handle(Inbound.Message message) {
        return territoryChoice.begin(message.chat(), message.from(), BotTexts.CHANGE_TERRITORY);
    }
}

package ru.hotline500.telegram;

import java.util.List;
import org.springframework.stereotype.Component;

/** /start: a newcomer chooses a territory; someone who has one is greeted and reminded how to ask. */
@Component
class StartCommand {

    private final Askers askers;
    private final TerritoryChoice territoryChoice;
    private final BotIdentity identity;

    StartCommand(Askers askers, TerritoryChoice territoryChoice, BotIdentity identity) {
        this.askers = askers;
        this.territoryChoice = territoryChoice;
        this.identity = identity;
    }

    List<Outgoing> handle(Inbound.Message message) {
        if (!message.chat().isPrivate()) {
            return List.of(Outgoing.Message.text(message.chat(), BotTexts.groupHelp(identity.username().orElse(null))));
        }
        return askers.territoryOf(message.from())
                .map(territory -> List.<Outgoing>of(Outgoing.Message.text(message.chat(), BotTexts.welcomeBack(askers.describe(territory)))))
                .orElseGet(() -> territoryChoice.begin(message.chat(), message.from(), BotTexts.welcome(message.from().displayName())));
    }
}

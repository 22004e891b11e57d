package ru.hotline500.telegram.access;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.hotline500.people.InvitationLink;
import ru.hotline500.people.Invitations;
import ru.hotline500.people.Redemption;
import ru.hotline500.telegram.AccessTexts;
import ru.hotline500.telegram.Askers;
import ru.hotline500.telegram.BotCommand;
import ru.hotline500.telegram.BotTexts;
import ru.hotline500.telegram.CommandInfo;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.TerritoryChoice;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;

/**
 * /start: a newcomer chooses a territory; someone who has one is greeted and reminded how to ask. A deep link
 * {@code https://t.me/<bot>?start=<territory id>} (a coordinator can share one per territory) chooses that territory
 * at once; an invitation link ({@code ?start=inv_…}) binds the account to a person of the directory; a payload the
 * bot does not know is logged and the usual choice follows.
 */
@Component
@Order(10)
class StartCommand implements BotCommand {

    private static final Logger log = LoggerFactory.getLogger(StartCommand.class);

    private final Askers askers;
    private final Territories territories;
    private final TerritoryChoice territoryChoice;
    private final Invitations invitations;

    StartCommand(Askers askers, Territories territories, TerritoryChoice territoryChoice, Invitations invitations) {
        this.invitations = invitations;
        this.askers = askers;
        this.territories = territories;
        this.territoryChoice = territoryChoice;
    }

    @Override
    public CommandInfo info() {
        return CommandInfo.privateChat("start", AccessTexts.START_MENU);
    }

    @Override
    public List<Outgoing> handle(Inbound.Message message) {
        if (InvitationLink.looksLikeCode(message.text().strip())) {
            return invited(message);
        }
        Optional<Territory> linked = linkedTerritory(message);
        if (linked.isPresent()) {
            return List.of(territoryChoice.chosen(message.chat(), message.from(), linked.get()));
        }
        return askers.territoryOf(message.from())
                .map(territory -> List.<Outgoing>of(Outgoing.Message.text(message.chat(), BotTexts.welcomeBack(askers.describe(territory)))))
                .orElseGet(() -> territoryChoice.begin(message.chat(), message.from(), BotTexts.welcome(message.from().displayName())));
    }

    /** An invitation link: the account is bound to the person, who then asks about their own territory. */
    private List<Outgoing> invited(Inbound.Message message) {
        Redemption redemption = invitations.redeem(message.text().strip(), message.from().userId());
        if (redemption instanceof Redemption.Bound bound) {
            Territory territory = territories.get(bound.person().territoryId());
            askers.choose(message.from(), territory.id());
            return List.of(Outgoing.Message.text(message.chat(), AccessTexts.bound(bound.person(), askers.describe(territory))));
        }
        return List.of(Outgoing.Message.text(message.chat(), AccessTexts.refused(((Redemption.Refused) redemption).reason())));
    }

    private Optional<Territory> linkedTerritory(Inbound.Message message) {
        String payload = message.text().strip();
        if (payload.isEmpty()) {
            return Optional.empty();
        }
        Optional<Territory> territory = territories.find(payload);
        if (territory.isEmpty()) {
            log.info("Start link with an unknown payload from user {}: {}", message.from().userId(), payload);
        }
        return territory;
    }
}

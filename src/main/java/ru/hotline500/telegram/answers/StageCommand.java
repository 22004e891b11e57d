package ru.hotline500.telegram.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.hotline500.roadmap.SourcedItem;
import ru.hotline500.roadmap.TerritoryItems;
import ru.hotline500.roadmap.Windows;
import ru.hotline500.telegram.Askers;
import ru.hotline500.telegram.BotCommand;
import ru.hotline500.telegram.BotTexts;
import ru.hotline500.telegram.CommandInfo;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.TerritoryChoice;
import ru.hotline500.territory.Territory;
import ru.hotline500.visits.Stage;
import ru.hotline500.visits.VisitConfirmations;

/**
 * /stage: which stage of the programme's year it is in the person's territory, and what the territory's roadmaps
 * (its own and its region's) still have due before the stage ends, by the same windows as every answer.
 */
@Component
@Order(30)
class StageCommand implements BotCommand {

    private final Askers askers;
    private final TerritoryChoice territoryChoice;
    private final TerritoryItems items;
    private final VisitConfirmations confirmations;
    private final Clock clock;

    StageCommand(Askers askers, TerritoryChoice territoryChoice, TerritoryItems items, VisitConfirmations confirmations, Clock clock) {
        this.askers = askers;
        this.territoryChoice = territoryChoice;
        this.items = items;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    @Override
    public CommandInfo info() {
        return CommandInfo.privateChat("stage", StageTexts.MENU);
    }

    @Override
    public List<Outgoing> handle(Inbound.Message message) {
        Optional<Territory> territory = askers.territoryOf(message.from());
        if (territory.isEmpty()) {
            return territoryChoice.begin(message.chat(), message.from(), BotTexts.chooseTerritoryFirst());
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), territory.get().timeZone());
        Stage stage = confirmations.stageOf(today);
        List<StageTexts.Due> due = items.of(territory.get().id(), today.getYear()).stream()
                .map(item -> dueInStage(item, today, stage)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(StageTexts.Due::until)).toList();
        return List.of(Outgoing.Message.text(message.chat(), StageTexts.stage(askers.describe(territory.get()), stage, due)));
    }

    private static Optional<StageTexts.Due> dueInStage(SourcedItem sourced, LocalDate today, Stage stage) {
        return Windows.dueBetween(sourced.item().deadline(), today, stage.to())
                .map(until -> new StageTexts.Due(until, sourced.item().number(), sourced.item().action()));
    }
}

package ru.hotline500.telegram;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;
import ru.hotline500.territory.TerritoryKind;

/**
 * Choosing the territory whose roadmaps answer a person: region, then municipality (or the region itself), by
 * buttons ({@link ButtonKind#REGION}, {@link ButtonKind#TERRITORY}, {@link ButtonKind#REGIONS}).
 */
@Component
public class TerritoryChoice implements ButtonHandler, TextFlow {

    private final Territories territories;
    private final Askers askers;
    private final ConversationRepository conversations;
    private final Clock clock;

    TerritoryChoice(Territories territories, Askers askers, ConversationRepository conversations, Clock clock) {
        this.territories = territories;
        this.askers = askers;
        this.conversations = conversations;
        this.clock = clock;
    }

    public List<Outgoing> begin(ChatRef chat, ChatUser person, String intro) {
        conversations.save(Conversation.territoryChoice(new ConversationId(chat.id(), person.userId()), clock.instant()));
        return List.of(new Outgoing.Message(chat, intro + "\n\n" + BotTexts.CHOOSE_REGION, regionButtons(), null));
    }

    @Override
    public Set<Conversation.Flow> flows() {
        return EnumSet.of(Conversation.Flow.TERRITORY_CHOICE);
    }

    /** Text typed while the buttons are waiting: show them again. */
    @Override
    public List<Outgoing> typed(Inbound.Message message, Conversation conversation) {
        List<List<Button>> buttons = conversation.step() == Conversation.Step.MUNICIPALITY
                ? municipalityButtons(conversation.chosenRegion()) : regionButtons();
        return List.of(new Outgoing.Message(message.chat(), BotTexts.CHOOSE_BY_BUTTON, buttons, null));
    }

    @Override
    public Set<ButtonKind> kinds() {
        return EnumSet.of(ButtonKind.REGION, ButtonKind.TERRITORY, ButtonKind.REGIONS);
    }

    @Override
    public List<Outgoing> pressed(Inbound.ButtonPress press, ButtonData data) {
        ConversationId id = new ConversationId(press.chat().id(), press.from().userId());
        Conversation conversation = conversations.findById(id).orElseGet(() -> Conversation.territoryChoice(id, clock.instant()));
        if (data.kind() == ButtonKind.REGIONS) {
            if (conversation.step() == Conversation.Step.MUNICIPALITY) {
                conversation.backToRegions(clock.instant());
            }
            conversations.save(conversation);
            return answered(press, new Outgoing.Message(press.chat(), BotTexts.CHOOSE_REGION, regionButtons(), null));
        }
        Optional<Territory> territory = territories.find(data.text(0));
        if (territory.isEmpty()) {
            return StaleButton.answer(press, "no such territory");
        }
        Territory chosen = territory.get();
        if (data.kind() == ButtonKind.REGION && chosen.kind() == TerritoryKind.REGION && !municipalities(chosen).isEmpty()) {
            conversation.regionChosen(chosen.id(), clock.instant());
            conversations.save(conversation);
            return answered(press, new Outgoing.Message(press.chat(), BotTexts.chooseMunicipality(chosen.name()),
                    municipalityButtons(chosen.id()), null));
        }
        return answered(press, chosen(press.chat(), press.from(), chosen));
    }

    /** The territory is settled (by a button or a start link): remembered, and the person is told how to ask. */
    public Outgoing.Message chosen(ChatRef chat, ChatUser person, Territory territory) {
        askers.choose(person, territory.id());
        conversations.deleteById(new ConversationId(chat.id(), person.userId()));
        return Outgoing.Message.text(chat, BotTexts.territoryChosen(askers.describe(territory)));
    }

    private static List<Outgoing> answered(Inbound.ButtonPress press, Outgoing.Message message) {
        return List.of(new Outgoing.ButtonAnswer(press.chat(), press.callbackId(), null), message);
    }

    private List<List<Button>> regionButtons() {
        return territories.all().stream().filter(t -> t.kind() == TerritoryKind.REGION)
                .map(t -> List.of(Button.callback(t.name(), ButtonKind.REGION.data(t.id())))).toList();
    }

    private List<List<Button>> municipalityButtons(String regionId) {
        List<List<Button>> rows = new ArrayList<>();
        territories.find(regionId).ifPresent(region -> {
            municipalities(region).forEach(t -> rows.add(List.of(Button.callback(t.name(), ButtonKind.TERRITORY.data(t.id())))));
            rows.add(List.of(Button.callback(BotTexts.WHOLE_REGION, ButtonKind.TERRITORY.data(region.id()))));
        });
        rows.add(List.of(Button.callback(BotTexts.OTHER_REGION, ButtonKind.REGIONS.data())));
        return rows;
    }

    private List<Territory> municipalities(Territory region) {
        return territories.all().stream().filter(t -> region.id().equals(t.parentId())).toList();
    }
}

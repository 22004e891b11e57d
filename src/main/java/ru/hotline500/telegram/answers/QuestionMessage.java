package ru.hotline500.telegram.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.hotline500.answers.Answer;
import ru.hotline500.answers.Match;
import ru.hotline500.answers.Question;
import ru.hotline500.dialogue.Dialogues;
import ru.hotline500.reminders.ItemRef;
import ru.hotline500.telegram.Askers;
import ru.hotline500.telegram.BotIdentity;
import ru.hotline500.telegram.BotTexts;
import ru.hotline500.telegram.Button;
import ru.hotline500.telegram.FreeText;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.TerritoryChoice;
import ru.hotline500.telegram.handoff.HandOffOffer;
import ru.hotline500.telegram.reminders.RemindCommand;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;

/** A question in plain words: answered from the roadmaps of the asker's territory, a follow-up with the question before it. */
@Component
class QuestionMessage implements FreeText {

    private static final int LONGEST_QUESTION = 1000;

    private final Dialogues dialogues;
    private final Askers askers;
    private final TerritoryChoice territoryChoice;
    private final BotIdentity identity;
    private final HandOffOffer handOff;
    private final Territories territories;
    private final Clock clock;

    QuestionMessage(Dialogues dialogues, Askers askers, TerritoryChoice territoryChoice, BotIdentity identity, HandOffOffer handOff,
                    Territories territories, Clock clock) {
        this.handOff = handOff;
        this.territories = territories;
        this.clock = clock;
        this.dialogues = dialogues;
        this.askers = askers;
        this.territoryChoice = territoryChoice;
        this.identity = identity;
    }

    @Override
    public List<Outgoing> handle(Inbound.Message message) {
        if (message.text().isBlank()) {
            return List.of(reply(message, BotTexts.NOT_TEXT, List.of()));
        }
        Territory territory = askers.territoryOf(message.from()).orElse(null);
        if (territory == null) {
            return withoutTerritory(message);
        }
        String text = message.text().length() > LONGEST_QUESTION ? message.text().substring(0, LONGEST_QUESTION) : message.text();
        Answer answer = dialogues.answer("tg:" + message.chat().id() + ":" + message.from().userId(), new Question(text, territory.id(), null));
        if (answer.offerHandOff() && message.chat().isPrivate()) {
            return List.of(handOff.notFound(message, territory, text, answer));
        }
        return List.of(reply(message, answer.reply(), message.chat().isPrivate() ? remindButton(answer) : List.of()));
    }

    /** «🔔 Напомнить» under an answer whose first item has a deadline still ahead. */
    private List<List<Button>> remindButton(Answer answer) {
        if (!answer.found() || answer.matches().isEmpty()) {
            return List.of();
        }
        Match best = answer.matches().get(0);
        LocalDate today = LocalDate.now(clock.withZone(territories.get(best.territoryId()).timeZone()));
        boolean ahead = best.item().deadline().ends().stream().anyMatch(end -> !end.isBefore(today));
        return ahead ? RemindCommand.remindButton(new ItemRef(best.territoryId(), best.roadmapYear(), best.item().number()))
                .map(button -> List.of(List.of(button))).orElse(List.of()) : List.of();
    }

    private List<Outgoing> withoutTerritory(Inbound.Message message) {
        if (message.chat().isPrivate()) {
            return territoryChoice.begin(message.chat(), message.from(), BotTexts.chooseTerritoryFirst());
        }
        List<List<Button>> link = identity.privateChatLink(null)
                .map(url -> List.of(List.of(Button.link(BotTexts.OPEN_PRIVATE_CHAT, url)))).orElse(List.of());
        return List.of(reply(message, BotTexts.groupAskerWithoutTerritory(), link));
    }

    /** In a group the answer quotes the question, so that everyone sees whose it is. */
    private static Outgoing.Message reply(Inbound.Message message, String text, List<List<Button>> buttons) {
        return new Outgoing.Message(message.chat(), text, buttons, message.chat().isPrivate() ? null : message.messageId());
    }
}

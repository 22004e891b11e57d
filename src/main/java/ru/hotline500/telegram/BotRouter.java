package ru.hotline500.telegram;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Sends each thing that arrives to its one handler and returns what to send back. Every button press gets its
 * answer (Telegram shows a spinner until then), even a forged or outdated one. Used alike by the Telegram transport
 * and by the transcript tests.
 */
@Component
public class BotRouter {

    private final StartCommand start;
    private final HelpCommand help;
    private final TerritoryChoice territoryChoice;
    private final QuestionMessage question;
    private final ChatMembership membership;
    private final VisitHandlers visits;
    private final InviteCommand invite;
    private final DocumentMessage document;
    private final GroupCommands groups;
    private final HandOffHandlers handOff;
    private final RemindCommand remind;
    private final ButtonPresses presses;

    BotRouter(StartCommand start, HelpCommand help, TerritoryChoice territoryChoice, QuestionMessage question,
              ChatMembership membership, VisitHandlers visits, InviteCommand invite, DocumentMessage document, GroupCommands groups,
              HandOffHandlers handOff, RemindCommand remind, ButtonPresses presses) {
        this.presses = presses;
        this.groups = groups;
        this.remind = remind;
        this.handOff = handOff;
        this.start = start;
        this.help = help;
        this.territoryChoice = territoryChoice;
        this.question = question;
        this.membership = membership;
        this.visits = visits;
        this.invite = invite;
        this.document = document;
    }

    public List<Outgoing> route(Inbound inbound) {
        if (inbound instanceof Inbound.Message message) {
            return message.isCommand() ? command(message) : text(message);
        }
        if (inbound instanceof Inbound.ButtonPress press) {
            return presses.pressed(press);
        }
        if (inbound instanceof Inbound.Document file) {
            return document.handle(file);
        }
        if (inbound instanceof Inbound.Membership change) {
            return membership.changed(change);
        }
        if (inbound instanceof Inbound.ChatMigrated migration) {
            return membership.migrated(migration);
        }
        return List.of();
    }

    /** What a person gets when answering them failed: a short apology, and the button's spinner stopped. */
    public List<Outgoing> apology(Inbound inbound) {
        if (inbound instanceof Inbound.ButtonPress press) {
            return List.of(new Outgoing.ButtonAnswer(press.chat(), press.callbackId(), null),
                    Outgoing.Message.text(press.chat(), BotTexts.APOLOGY));
        }
        if (inbound instanceof Inbound.Message message) {
            return List.of(Outgoing.Message.text(message.chat(), BotTexts.APOLOGY));
        }
        return List.of();
    }

    private List<Outgoing> command(Inbound.Message message) {
        switch (message.command()) {
            case "start":
                return start.handle(message);
            case "help":
                return help.handle(message);
            case "territory":
                return message.chat().isPrivate()
                        ? territoryChoice.begin(message.chat(), message.from(), "Сменим территорию.")
                        : help.handle(message);
            case "visit":
                return visits.dialogue().begin(message.chat(), message.from(), Conversation.Flow.VISIT);
            case "plan":
                return visits.dialogue().begin(message.chat(), message.from(), Conversation.Flow.PLAN);
            case "visits":
                return visits.list().handle(message);
            case "cancel":
                return visits.dialogue().cancel(message.chat(), message.from());
            case "export":
                return visits.list().export(message);
            case "bind":
                return groups.bind(message);
            case "unbind":
                return groups.unbind(message);
            case "digest":
                return groups.digest(message);
            case "schedule":
                return groups.schedule(message);
            case "remind":
                return remind.handle(message);
            case "invite":
                return invite.handle(message);
            default:
                return List.of(Outgoing.Message.text(message.chat(), BotTexts.UNKNOWN_COMMAND));
        }
    }

    private List<Outgoing> text(Inbound.Message message) {
        Optional<List<Outgoing>> reply = handOff.replied(message);
        if (reply.isPresent()) {
            return reply.get();
        }
        if (message.chat().isPrivate() && territoryChoice.isChoosing(message.chat(), message.from())) {
            return territoryChoice.typed(message);
        }
        if (message.chat().isPrivate() && visits.dialogue().isActive(message.chat(), message.from())) {
            return visits.dialogue().typed(message);
        }
        if (message.chat().isPrivate() && handOff.isFollowingUp(message.chat(), message.from())) {
            return handOff.typed(message);
        }
        return question.handle(message);
    }
}

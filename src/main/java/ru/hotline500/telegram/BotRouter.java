package ru.hotline500.telegram;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Sends each thing that arrives to its one handler and returns what to send back. A command reaches its handler only
 * in the kind of chat it works in ({@link Command}). Every button press gets its answer (Telegram shows a spinner
 * until then), even a forged or outdated one. Used alike by the Telegram transport and by the transcript tests.
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
    private final WrongChat wrongChat;

    BotRouter(StartCommand start, HelpCommand help, TerritoryChoice territoryChoice, QuestionMessage question,
              ChatMembership membership, VisitHandlers visits, InviteCommand invite, DocumentMessage document, GroupCommands groups,
              HandOffHandlers handOff, RemindCommand remind, ButtonPresses presses, WrongChat wrongChat) {
        this.presses = presses;
        this.wrongChat = wrongChat;
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
        Optional<Command> known = Command.named(message.command());
        if (known.isEmpty()) {
            return List.of(Outgoing.Message.text(message.chat(), BotTexts.UNKNOWN_COMMAND));
        }
        Command command = known.get();
        if (!command.worksIn(message.chat().kind())) {
            return wrongChat.hint(message, command);
        }
        return switch (command) {
            case START -> start.handle(message);
            case HELP -> help.handle(message);
            case TERRITORY -> territoryChoice.begin(message.chat(), message.from(), BotTexts.CHANGE_TERRITORY);
            case VISIT -> visits.dialogue().begin(message.chat(), message.from(), Conversation.Flow.VISIT);
            case PLAN -> visits.dialogue().begin(message.chat(), message.from(), Conversation.Flow.PLAN);
            case VISITS -> visits.list().handle(message);
            case CANCEL -> visits.dialogue().cancel(message.chat(), message.from());
            case EXPORT -> visits.list().export(message);
            case BIND -> groups.bind(message);
            case UNBIND -> groups.unbind(message);
            case DIGEST -> groups.digest(message);
            case SCHEDULE -> groups.schedule(message);
            case REMIND -> remind.handle(message);
            case INVITE -> invite.handle(message);
        };
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

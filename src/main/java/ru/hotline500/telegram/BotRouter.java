package ru.hotline500.telegram;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Sends each thing that arrives to its one handler and returns what to send back. A command reaches its handler only
 * in the kind of chat it works in ({@link Command}). Every button press gets its answer (Telegram shows a spinner
 * until then), even a forged or outdated one. Used alike by the Telegram transport and by the transcript tests.
 */
@Component
public class BotRouter {

    private final Map<Command, Function<Inbound.Message, List<Outgoing>>> commands;
    private final TerritoryChoice territoryChoice;
    private final QuestionMessage question;
    private final ChatMembership membership;
    private final VisitDialogue visitDialogue;
    private final DocumentMessage document;
    private final HandOffHandlers handOff;
    private final ButtonPresses presses;
    private final WrongChat wrongChat;

    /** @throws IllegalStateException when a command has no handler or more than one: the bot does not start */
    BotRouter(List<CommandHandlers> screens, TerritoryChoice territoryChoice, QuestionMessage question, ChatMembership membership,
              VisitDialogue visitDialogue, DocumentMessage document, HandOffHandlers handOff, ButtonPresses presses, WrongChat wrongChat) {
        this.commands = everyCommandOnce(screens);
        this.territoryChoice = territoryChoice;
        this.question = question;
        this.membership = membership;
        this.visitDialogue = visitDialogue;
        this.document = document;
        this.handOff = handOff;
        this.presses = presses;
        this.wrongChat = wrongChat;
    }

    private static Map<Command, Function<Inbound.Message, List<Outgoing>>> everyCommandOnce(List<CommandHandlers> screens) {
        Map<Command, Function<Inbound.Message, List<Outgoing>>> all = new EnumMap<>(Command.class);
        for (CommandHandlers screen : screens) {
            screen.commands().forEach((command, handler) -> {
                if (all.putIfAbsent(command, handler) != null) {
                    throw new IllegalStateException("/" + command.text() + " has two handlers, one in " + screen.getClass().getSimpleName());
                }
            });
        }
        EnumSet<Command> unanswered = EnumSet.allOf(Command.class);
        unanswered.removeAll(all.keySet());
        if (!unanswered.isEmpty()) {
            throw new IllegalStateException("commands without a handler: " + unanswered);
        }
        return all;
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
        return commands.get(command).apply(message);
    }

    private List<Outgoing> text(Inbound.Message message) {
        Optional<List<Outgoing>> reply = handOff.replied(message);
        if (reply.isPresent()) {
            return reply.get();
        }
        if (message.chat().isPrivate() && territoryChoice.isChoosing(message.chat(), message.from())) {
            return territoryChoice.typed(message);
        }
        if (message.chat().isPrivate() && visitDialogue.isActive(message.chat(), message.from())) {
            return visitDialogue.typed(message);
        }
        if (message.chat().isPrivate() && handOff.isFollowingUp(message.chat(), message.from())) {
            return handOff.typed(message);
        }
        return question.handle(message);
    }
}

package ru.hotline500.telegram;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Sends each thing that arrives to its one handler and returns what to send back. A command reaches its handler only
 * in the kind of chat it works in ({@link CommandInfo}). Every button press gets its answer (Telegram shows a spinner
 * until then), even a forged or outdated one. Used alike by the Telegram transport and by the transcript tests.
 */
@Component
public class BotRouter {

    private final Commands commands;
    private final Map<Conversation.Flow, TextFlow> flows;
    private final List<RepliesToBot> replies;
    private final FreeText questions;
    private final FileMessage files;
    private final ChatMembership membership;
    private final ButtonPresses presses;
    private final WrongChat wrongChat;
    private final ConversationRepository conversations;

    /** @throws IllegalStateException unless each conversation flow has exactly one {@link TextFlow}: the bot does not start */
    BotRouter(Commands commands, List<TextFlow> flows, List<RepliesToBot> replies, FreeText questions, FileMessage files,
              ChatMembership membership, ButtonPresses presses, WrongChat wrongChat, ConversationRepository conversations) {
        this.commands = commands;
        this.flows = oneHandlerPerFlow(flows);
        this.replies = List.copyOf(replies);
        this.questions = questions;
        this.files = files;
        this.membership = membership;
        this.presses = presses;
        this.wrongChat = wrongChat;
        this.conversations = conversations;
    }

    private static Map<Conversation.Flow, TextFlow> oneHandlerPerFlow(List<TextFlow> handlers) {
        Map<Conversation.Flow, TextFlow> flows = new EnumMap<>(Conversation.Flow.class);
        for (TextFlow handler : handlers) {
            for (Conversation.Flow flow : handler.flows()) {
                TextFlow other = flows.putIfAbsent(flow, handler);
                if (other != null) {
                    throw new IllegalStateException("the " + flow + " dialogue has two handlers: " + other.getClass().getSimpleName()
                            + " and " + handler.getClass().getSimpleName());
                }
            }
        }
        EnumSet<Conversation.Flow> unhandled = EnumSet.allOf(Conversation.Flow.class);
        unhandled.removeAll(flows.keySet());
        if (!unhandled.isEmpty()) {
            throw new IllegalStateException("dialogues without a handler: " + unhandled);
        }
        return flows;
    }

    public List<Outgoing> route(Inbound inbound) {
        if (inbound instanceof Inbound.Message message) {
            return message.isCommand() ? command(message) : text(message);
        }
        if (inbound instanceof Inbound.ButtonPress press) {
            return presses.pressed(press);
        }
        if (inbound instanceof Inbound.Document file) {
            return files.handle(file);
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
        Optional<BotCommand> known = commands.named(message.command());
        if (known.isEmpty()) {
            return List.of(Outgoing.Message.text(message.chat(), BotTexts.UNKNOWN_COMMAND));
        }
        if (!known.get().info().worksIn(message.chat().kind())) {
            return wrongChat.hint(message, known.get().info());
        }
        return known.get().handle(message);
    }

    /** A reply the bot waits for, else the step of the person's dialogue (loaded once), else a question. */
    private List<Outgoing> text(Inbound.Message message) {
        for (RepliesToBot screen : replies) {
            Optional<List<Outgoing>> reply = screen.replied(message);
            if (reply.isPresent()) {
                return reply.get();
            }
        }
        if (message.chat().isPrivate()) {
            Optional<Conversation> conversation = conversations.findById(new ConversationId(message.chat().id(), message.from().userId()));
            if (conversation.isPresent()) {
                return flows.get(conversation.get().flow()).typed(message, conversation.get());
            }
        }
        return questions.handle(message);
    }
}

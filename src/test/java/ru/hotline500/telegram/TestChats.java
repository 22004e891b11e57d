package ru.hotline500.telegram;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tests' people, chats and messages. All ids come from one sequence per test JVM, so that tests sharing the
 * application's database never meet each other's people or groups; the messages are built as the transport builds
 * them (a command is read as Telegram's text would be).
 */
public final class TestChats {

    private static final AtomicLong IDS = new AtomicLong(1_000_000);
    private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(1_000);

    private TestChats() {
    }

    /** A user or chat id no test has used before. */
    public static long newId() {
        return IDS.incrementAndGet();
    }

    /** A Telegram user no test has used before; the id follows the name, so that no two have the same name either. */
    public static ChatUser newPerson(String name) {
        long id = IDS.incrementAndGet();
        return new ChatUser(id, name + " " + id);
    }

    /** An id for a message of the bot's, as Telegram would number it. */
    public static int newMessageId() {
        return MESSAGE_IDS.incrementAndGet();
    }

    /** A coordinators' group (a supergroup) no test has used before. */
    public static ChatRef newGroup() {
        return new ChatRef(-IDS.incrementAndGet(), ChatKind.SUPERGROUP, null);
    }

    public static ChatRef privateChat(ChatUser person) {
        return ChatRef.privateChat(person.userId());
    }

    /** What the person writes in that chat: a command if it starts with a slash ("/bind dubovsky"), else plain text. */
    public static Inbound.Message message(ChatRef chat, ChatUser person, String text) {
        return CommandText.parse(text).map(command -> command.toMessage(IDS.incrementAndGet(), chat, person, MESSAGE_IDS.incrementAndGet()))
                .orElseGet(() -> new Inbound.Message(IDS.incrementAndGet(), chat, person, MESSAGE_IDS.incrementAndGet(), null, text));
    }

    /** What the person writes in their private chat with the bot. */
    public static Inbound.Message message(ChatUser person, String text) {
        return message(privateChat(person), person, text);
    }

    /** A reply to the bot's message {@code botMessageId} in that chat. */
    public static Inbound.Message reply(ChatRef chat, ChatUser person, int botMessageId, String text) {
        return new Inbound.Message(IDS.incrementAndGet(), chat, person, MESSAGE_IDS.incrementAndGet(), null, text, botMessageId);
    }

    /** A press on a button with that data under the bot's message {@code botMessageId}. */
    public static Inbound.ButtonPress press(ChatRef chat, ChatUser person, int botMessageId, String data) {
        long id = IDS.incrementAndGet();
        return new Inbound.ButtonPress(id, chat, person, "cb-" + id, botMessageId, data);
    }

    /** A press in the person's private chat. */
    public static Inbound.ButtonPress press(ChatUser person, String data) {
        return press(privateChat(person), person, 1, data);
    }

    /** The texts of the messages among the replies, one after another. */
    public static String texts(List<Outgoing> replies) {
        return String.join("\n", replies.stream().filter(Outgoing.Message.class::isInstance).map(o -> ((Outgoing.Message) o).text()).toList());
    }
}

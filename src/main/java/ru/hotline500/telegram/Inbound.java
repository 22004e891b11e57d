package ru.hotline500.telegram;

/** What arrived from Telegram, in our own terms: each update becomes exactly one of these. */
public sealed interface Inbound {

    long updateId();

    ChatRef chat();

    /**
     * A text message: in a private chat any text; in a group a command addressed to the bot or a reply to one of its
     * messages. {@code command} is the command without the slash and the bot's name ("start"), null for plain text;
     * {@code text} is what follows the command, or the whole text; {@code repliesTo} is the bot's message it replies
     * to, null when it replies to none of the bot's messages.
     */
    record Message(long updateId, ChatRef chat, ChatUser from, int messageId, String command, String text, Integer repliesTo)
            implements Inbound {

        public Message(long updateId, ChatRef chat, ChatUser from, int messageId, String command, String text) {
            this(updateId, chat, from, messageId, command, text, null);
        }

        public boolean isCommand() {
            return command != null;
        }
    }

    /** A file sent to the bot: in a private chat any file; in a group only one sent as a reply to the bot's message. */
    record Document(long updateId, ChatRef chat, ChatUser from, int messageId, String fileId, String fileName, Long fileSize,
                    String caption) implements Inbound {
    }

    /** A press on one of the bot's buttons; {@code data} is the button's callback data, which anyone could forge. */
    record ButtonPress(long updateId, ChatRef chat, ChatUser from, String callbackId, int messageId, String data) implements Inbound {
    }

    /** The bot was added to a chat or removed from it. */
    record Membership(long updateId, ChatRef chat, ChatUser by, boolean botIsMember, String chatTitle) implements Inbound {
    }

    /** A group became a supergroup and has a new id from now on. */
    record ChatMigrated(long updateId, ChatRef chat, long newChatId) implements Inbound {
    }

    /** Anything the bot does not act on (a message in a group not meant for it, an edit, a sticker). */
    record Ignored(long updateId, ChatRef chat, String reason) implements Inbound {
    }
}

package ru.hotline500.telegram.outbox;

import java.time.Instant;
import java.util.List;
import ru.hotline500.telegram.Button;
import ru.hotline500.telegram.ChatKind;

/**
 * One stored message waiting to be sent (or the answer to a button press), as the sender and the channel see it.
 * Messages of one chat are sent in the order of their ids. A document has its caption as {@code text} (null for
 * none) and its file in {@code fileName} and {@code fileContent}, which are null for every other kind.
 */
public record OutboxMessage(long id, long chatId, ChatKind chatKind, Integer threadId, Kind kind, String text,
                            List<List<Button>> buttons, Integer replyTo, String callbackId, String fileName,
                            byte[] fileContent, int attempts, Instant nextAttemptAt) {

    public enum Kind { MESSAGE, DOCUMENT, BUTTON_ANSWER }

    public OutboxMessage {
        buttons = buttons == null ? List.of() : buttons;
    }

    /** A message or a document: it goes to the chat, so it counts against the chat's limits and waits its turn there. */
    boolean isForChat() {
        return kind != Kind.BUTTON_ANSWER;
    }

    /** Messages and documents of one chat wait for each other; a button answer waits for nothing. */
    String lane() {
        return isForChat() ? chatLane(chatId) : "answer:" + id;
    }

    static String chatLane(long chatId) {
        return "chat:" + chatId;
    }

    /** The same message for a group that became a supergroup. */
    OutboxMessage movedTo(long newChatId) {
        return new OutboxMessage(id, newChatId, chatKind, threadId, kind, text, buttons, replyTo, callbackId, fileName, fileContent,
                attempts, nextAttemptAt);
    }

    OutboxMessage retryAt(Instant when, int newAttempts) {
        return new OutboxMessage(id, chatId, chatKind, threadId, kind, text, buttons, replyTo, callbackId, fileName, fileContent,
                newAttempts, when);
    }
}

package ru.hotline500.telegram.outbox;

import java.time.Instant;
import java.util.List;
import ru.hotline500.telegram.Button;
import ru.hotline500.telegram.ChatKind;

/**
 * One stored message waiting to be sent (or the answer to a button press), as the sender and the channel see it.
 * Messages of one chat are sent in the order of their ids.
 */
public record OutboxMessage(long id, long chatId, ChatKind chatKind, Integer threadId, Kind kind, String text,
                            List<List<Button>> buttons, Integer replyTo, String callbackId, int attempts,
                            Instant nextAttemptAt) {

    public enum Kind { MESSAGE, BUTTON_ANSWER }

    public OutboxMessage {
        buttons = buttons == null ? List.of() : buttons;
    }

    /** Messages of one chat wait for each other; a button answer waits for nothing. */
    String lane() {
        return kind == Kind.BUTTON_ANSWER ? "answer:" + id : chatLane(chatId);
    }

    static String chatLane(long chatId) {
        return "chat:" + chatId;
    }

    /** The same message for a group that became a supergroup. */
    OutboxMessage movedTo(long newChatId) {
        return new OutboxMessage(id, newChatId, chatKind, threadId, kind, text, buttons, replyTo, callbackId, attempts, nextAttemptAt);
    }

    OutboxMessage retryAt(Instant when, int newAttempts) {
        return new OutboxMessage(id, chatId, chatKind, threadId, kind, text, buttons, replyTo, callbackId, newAttempts, when);
    }
}

package ru.hotline500.telegram;

import java.util.Objects;

/**
 * A chat as the bot sees it; {@code threadId} is the forum topic a message came from (replies go to the same
 * topic), null outside forums.
 */
public record ChatRef(long id, ChatKind kind, Integer threadId) {

    public ChatRef {
        Objects.requireNonNull(kind, "kind");
    }

    public static ChatRef privateChat(long id) {
        return new ChatRef(id, ChatKind.PRIVATE, null);
    }

    public boolean isPrivate() {
        return kind == ChatKind.PRIVATE;
    }
}

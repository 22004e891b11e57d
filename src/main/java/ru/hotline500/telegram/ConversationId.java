package ru.hotline500.telegram;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A dialogue is kept per (chat, user): two people in one group each have their own. */
@Embeddable
public class ConversationId implements Serializable {

    @Column(name = "chat_id")
    private long chatId;

    @Column(name = "user_id")
    private long userId;

    protected ConversationId() {
    }

    public ConversationId(long chatId, long userId) {
        this.chatId = chatId;
        this.userId = userId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConversationId that && chatId == that.chatId && userId == that.userId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(chatId, userId);
    }
}

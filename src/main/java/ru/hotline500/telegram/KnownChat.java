package ru.hotline500.telegram;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.hotline500.telegram.ChatKind;

/** A chat the bot has been in: whether it may still write there, and why not. */
@Entity
@Table(name = "chat")
class KnownChat {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChatKind kind;

    private String title;

    @Column(nullable = false)
    private boolean active;

    private String note;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected KnownChat() {
    }

    KnownChat(long id, ChatKind kind, String title, Instant now) {
        this.id = id;
        this.kind = kind;
        this.title = title;
        this.active = true;
        this.updatedAt = now;
    }

    long id() {
        return id;
    }

    ChatKind kind() {
        return kind;
    }

    boolean isActive() {
        return active;
    }

    void joined(String title, Instant now) {
        this.title = title == null ? this.title : title;
        this.active = true;
        this.note = null;
        this.updatedAt = now;
    }

    void left(String why, Instant now) {
        this.active = false;
        this.note = why;
        this.updatedAt = now;
    }

    KnownChat movedTo(long newId, Instant now) {
        KnownChat moved = new KnownChat(newId, ChatKind.SUPERGROUP, title, now);
        moved.active = active;
        return moved;
    }
}

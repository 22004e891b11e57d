package ru.hotline500.handoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message of a hand-off thread: the asker's follow-up or a coordinator's answer (with its message in the group). */
@Entity
@Table(name = "hand_off_entry")
class HandOffEntry {

    enum Author { ASKER, COORDINATOR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hand_off_id", nullable = false)
    private long handOffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Author author;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false)
    private String text;

    @Column(name = "group_message_id")
    private Integer groupMessageId;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected HandOffEntry() {
    }

    private HandOffEntry(long handOffId, Author author, String authorName, Long personId, String text, Integer groupMessageId,
                         Instant now) {
        this.handOffId = handOffId;
        this.author = author;
        this.authorName = authorName;
        this.personId = personId;
        this.text = text;
        this.groupMessageId = groupMessageId;
        this.writtenAt = now;
    }

    static HandOffEntry answer(long handOffId, String coordinatorName, long personId, String text, int groupMessageId, Instant now) {
        return new HandOffEntry(handOffId, Author.COORDINATOR, coordinatorName, personId, text, groupMessageId, now);
    }

    static HandOffEntry followUp(long handOffId, String askerName, String text, Instant now) {
        return new HandOffEntry(handOffId, Author.ASKER, askerName, null, text, null, now);
    }

    long id() {
        return id;
    }

    long handOffId() {
        return handOffId;
    }

    boolean isAnswer() {
        return author == Author.COORDINATOR;
    }

    String authorName() {
        return authorName;
    }

    String text() {
        return text;
    }

    Integer groupMessageId() {
        return groupMessageId;
    }

    Instant writtenAt() {
        return writtenAt;
    }
}

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

/** One question handed to people: offered to the asker, then waiting for a coordinator, then answered. */
@Entity
@Table(name = "hand_off")
class HandOff {

    enum Status { OFFERED, WAITING, ANSWERED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "territory_id", nullable = false)
    private String territoryId;

    @Column(name = "asker_user_id", nullable = false)
    private long askerUserId;

    @Column(name = "asker_name", nullable = false)
    private String askerName;

    @Column(name = "asker_from", nullable = false)
    private String askerFrom;

    @Column(nullable = false)
    private String question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "group_chat_id")
    private Long groupChatId;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    @Column(name = "asked_at")
    private Instant askedAt;

    @Column(name = "waiting_since")
    private Instant waitingSince;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected HandOff() {
    }

    HandOff(String territoryId, Asker asker, String question, Instant now) {
        this.territoryId = territoryId;
        this.askerUserId = asker.telegramUserId();
        this.askerName = asker.name();
        this.askerFrom = asker.from();
        this.question = question;
        this.status = Status.OFFERED;
        this.offeredAt = now;
    }

    long id() {
        return id;
    }

    Status status() {
        return status;
    }

    Instant offeredAt() {
        return offeredAt;
    }

    boolean isAskedBy(long telegramUserId) {
        return askerUserId == telegramUserId;
    }

    /** The asker accepted: the question goes to that group and waits there. */
    void askIn(long groupChatId, Instant now) {
        require(Status.OFFERED);
        this.groupChatId = groupChatId;
        this.status = Status.WAITING;
        this.askedAt = now;
        this.waitingSince = now;
    }

    void answered(Instant now) {
        if (status == Status.OFFERED) {
            throw new IllegalStateException("hand-off " + id + " was never asked");
        }
        this.status = Status.ANSWERED;
        this.answeredAt = now;
    }

    /** A follow-up waits for an answer again (from then on, not from the first question). */
    void followedUp(Instant now) {
        if (status == Status.ANSWERED) {
            this.status = Status.WAITING;
            this.waitingSince = now;
        }
    }

    HandOffThread toThread() {
        return new HandOffThread(id, territoryId, new Asker(askerUserId, askerName, askerFrom), question, status.name(),
                groupChatId, askedAt, waitingSince);
    }

    private void require(Status expected) {
        if (status != expected) {
            throw new IllegalStateException("hand-off " + id + " is " + status + ", not " + expected);
        }
    }
}

package ru.hotline500.visits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One change of a visit, with the visit as it was after it: the history that corrections never erase. */
@Entity
@Table(name = "visit_event")
class VisitEvent {

    enum Action { CONFIRMED, CORRECTED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visit_id", nullable = false)
    private Long visitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Column(name = "visit_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitPurpose purpose;

    private String comment;

    @Column(name = "actor_id", nullable = false)
    private Long actorId;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    protected VisitEvent() {
    }

    VisitEvent(long visitId, Action action, LocalDate date, VisitPurpose purpose, String comment, long actorId, Instant now) {
        this.visitId = visitId;
        this.action = action;
        this.date = date;
        this.purpose = purpose;
        this.comment = comment;
        this.actorId = actorId;
        this.happenedAt = now;
    }

    Action action() {
        return action;
    }

    LocalDate date() {
        return date;
    }
}

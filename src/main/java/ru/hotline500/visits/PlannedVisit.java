package ru.hotline500.visits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A visit a curator (or a coordinator's schedule) planned; each of its two reminders is sent once. */
@Entity
@Table(name = "visit_plan")
class PlannedVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "curator_id", nullable = false)
    private Long curatorId;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "planned_date", nullable = false)
    private LocalDate date;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "reminded_before_at")
    private Instant remindedBeforeAt;

    @Column(name = "reminded_after_at")
    private Instant remindedAfterAt;

    protected PlannedVisit() {
    }

    PlannedVisit(long curatorId, long schoolId, LocalDate date, long createdBy, Instant now) {
        this.curatorId = curatorId;
        this.schoolId = schoolId;
        this.date = date;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    long curatorId() {
        return curatorId;
    }

    long schoolId() {
        return schoolId;
    }

    LocalDate date() {
        return date;
    }

    boolean remindedAfter() {
        return remindedAfterAt != null;
    }
}

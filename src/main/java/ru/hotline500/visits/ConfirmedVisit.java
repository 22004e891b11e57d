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
import ru.hotline500.people.SchoolRef;

/** A visit as stored: corrected in place (each change is also a {@link VisitEvent}), withdrawn but never deleted. */
@Entity
@Table(name = "visit")
class ConfirmedVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "curator_id", nullable = false)
    private Long curatorId;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "visit_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitPurpose purpose;

    private String comment;

    @Column(nullable = false)
    private boolean withdrawn;

    @Column(name = "active_key")
    private String activeKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ConfirmedVisit() {
    }

    ConfirmedVisit(long curatorId, long schoolId, LocalDate date, VisitPurpose purpose, String comment, Instant now) {
        this.curatorId = curatorId;
        this.schoolId = schoolId;
        this.createdAt = now;
        set(date, purpose, comment, now);
    }

    /** The key that makes the same visit (curator, school, day) one row while it stands. */
    static String activeKey(long curatorId, long schoolId, LocalDate date) {
        return curatorId + ":" + schoolId + ":" + date;
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

    boolean withdrawn() {
        return withdrawn;
    }

    void correct(LocalDate newDate, VisitPurpose newPurpose, String newComment, Instant now) {
        if (withdrawn) {
            throw new IllegalStateException("visit " + id + " is withdrawn");
        }
        set(newDate, newPurpose, newComment, now);
    }

    void withdraw(Instant now) {
        if (withdrawn) {
            throw new IllegalStateException("visit " + id + " is withdrawn already");
        }
        withdrawn = true;
        activeKey = null;
        updatedAt = now;
    }

    VisitEvent event(VisitEvent.Action action, long actorId, Instant now) {
        return new VisitEvent(id, action, date, purpose, comment, actorId, now);
    }

    Visit toVisit(SchoolRef school) {
        return new Visit(id, curatorId, school, date, purpose, comment, withdrawn);
    }

    private void set(LocalDate newDate, VisitPurpose newPurpose, String newComment, Instant now) {
        this.date = newDate;
        this.purpose = newPurpose;
        this.comment = newComment == null || newComment.isBlank() ? null : newComment.strip();
        this.activeKey = activeKey(curatorId, schoolId, newDate);
        this.updatedAt = now;
    }
}

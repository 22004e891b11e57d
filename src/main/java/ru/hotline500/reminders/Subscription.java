package ru.hotline500.reminders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's reminders of their territory's items for their role: on or off (kept when off, to show and turn on again). */
@Entity
@Table(name = "reminder_subscription")
class Subscription {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "territory_id", nullable = false)
    private String territoryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReminderRole role;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Subscription() {
    }

    Subscription(long userId, String territoryId, ReminderRole role, Instant now) {
        this.userId = userId;
        turnOn(territoryId, role, now);
    }

    long userId() {
        return userId;
    }

    String territoryId() {
        return territoryId;
    }

    ReminderRole role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    void turnOn(String territoryId, ReminderRole role, Instant now) {
        this.territoryId = territoryId;
        this.role = role;
        this.enabled = true;
        this.updatedAt = now;
    }

    void turnOff(Instant now) {
        this.enabled = false;
        this.updatedAt = now;
    }

    /** The person chose another territory: reminders follow it. */
    void moveTo(String territoryId, Instant now) {
        this.territoryId = territoryId;
        this.updatedAt = now;
    }
}

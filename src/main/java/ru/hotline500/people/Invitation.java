package ru.hotline500.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time code that binds the Telegram account which opens it to a person of the directory. */
@Entity
@Table(name = "invitation")
class Invitation {

    @Id
    private String code;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "used_by")
    private Long usedBy;

    protected Invitation() {
    }

    Invitation(String code, long personId, String createdBy, Instant now, Instant expiresAt) {
        this.code = code;
        this.personId = personId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    String code() {
        return code;
    }

    long personId() {
        return personId;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean used() {
        return usedAt != null;
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void use(long userId, Instant now) {
        if (used()) {
            throw new IllegalStateException("invitation " + code + " was used already");
        }
        this.usedAt = now;
        this.usedBy = userId;
    }

    /** A newer invitation for the same person replaces this one. */
    void revoke(Instant now) {
        if (!used() && expiresAt.isAfter(now)) {
            this.expiresAt = now;
        }
    }
}

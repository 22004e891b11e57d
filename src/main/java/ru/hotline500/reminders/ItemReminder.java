package ru.hotline500.reminders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One item a person asked to be reminded of, named by {@link ItemRef}. */
@Entity
@Table(name = "item_reminder")
class ItemReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "territory_id", nullable = false)
    private String territoryId;

    @Column(name = "roadmap_year", nullable = false)
    private int roadmapYear;

    @Column(name = "item_number", nullable = false)
    private String itemNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ItemReminder() {
    }

    ItemReminder(long userId, ItemRef ref, Instant now) {
        this.userId = userId;
        this.territoryId = ref.territoryId();
        this.roadmapYear = ref.year();
        this.itemNumber = ref.number();
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    ItemRef ref() {
        return new ItemRef(territoryId, roadmapYear, itemNumber);
    }
}

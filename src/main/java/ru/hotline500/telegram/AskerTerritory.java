package ru.hotline500.telegram;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The territory a person who asks the bot has chosen: its roadmaps answer them. */
@Entity
@Table(name = "asker")
class AskerTerritory {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "territory_id")
    private String territoryId;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AskerTerritory() {
    }

    AskerTerritory(ChatUser person, Instant now) {
        this.userId = person.userId();
        this.displayName = person.displayName();
        this.updatedAt = now;
    }

    String territoryId() {
        return territoryId;
    }

    void chooseTerritory(String territoryId, Instant now) {
        this.territoryId = territoryId;
        this.updatedAt = now;
    }
}

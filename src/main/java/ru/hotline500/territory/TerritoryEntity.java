package ru.hotline500.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.ZoneId;

@Entity
@Table(name = "territory")
class TerritoryEntity {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TerritoryKind kind;

    @Column(name = "parent_id")
    private String parentId;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    protected TerritoryEntity() {
    }

    TerritoryEntity(Territory territory) {
        this.id = territory.id();
        update(territory);
    }

    void update(Territory territory) {
        this.name = territory.name();
        this.kind = territory.kind();
        this.parentId = territory.parentId();
        this.timeZone = territory.timeZone().getId();
    }

    Territory toTerritory() {
        return new Territory(id, name, kind, parentId, ZoneId.of(timeZone));
    }
}

package ru.hotline500.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A school of the programme, by its full name as in the documents ("МБОУ Веселовская СШ № 2"). */
@Entity
@Table(name = "school")
class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "territory_id", nullable = false)
    private String territoryId;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "short_name")
    private String shortName;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    protected School() {
    }

    School(String territoryId, String fullName, String shortName) {
        this.territoryId = territoryId;
        this.fullName = fullName.strip();
        this.shortName = shortName;
        this.nameKey = NameKey.of(fullName);
    }

    Long id() {
        return id;
    }

    String fullName() {
        return fullName;
    }

    SchoolRef toRef() {
        return new SchoolRef(id, territoryId, fullName, shortName);
    }

    /** A short name given later is kept; returns whether anything changed. */
    boolean shortNameGiven(String name) {
        if (name == null || name.isBlank() || Objects.equals(name.strip(), shortName)) {
            return false;
        }
        shortName = name.strip();
        return true;
    }
}

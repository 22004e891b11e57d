package ru.hotline500.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A curator is assigned to a school for a year (the roadmap's year). */
@Entity
@Table(name = "curator_assignment")
class CuratorAssignment {

    @Embeddable
    record Key(@Column(name = "person_id") Long personId, @Column(name = "school_id") Long schoolId,
               @Column(name = "school_year") Integer year) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    protected CuratorAssignment() {
    }

    CuratorAssignment(Key key) {
        this.key = key;
    }

    Key key() {
        return key;
    }
}

package ru.hotline500.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One role of a person; a school coordinator's role names the school. */
@Embeddable
class PersonRole {

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @Column(name = "school_id")
    private Long schoolId;

    protected PersonRole() {
    }

    PersonRole(Role role, Long schoolId) {
        this.role = role;
        this.schoolId = schoolId;
    }

    Role role() {
        return role;
    }

    Long schoolId() {
        return schoolId;
    }
}

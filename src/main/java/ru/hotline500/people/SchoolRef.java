package ru.hotline500.people;

import java.util.Objects;

/** A school as the other features see it: its full name as in the documents and the short one people say. */
public record SchoolRef(long id, String territoryId, String fullName, String shortName) {

    public SchoolRef {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(fullName, "fullName");
    }

    /** The short name when there is one ("Веселовская СШ № 2"), else the full one. */
    public String label() {
        return shortName == null || shortName.isBlank() ? fullName : shortName;
    }
}

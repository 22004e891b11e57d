package ru.hotline500.people;

import java.util.Set;

/**
 * The territories a person may see: an administrator all of them, a regional coordinator the region and its
 * municipalities, a municipal coordinator their municipality, anyone else none.
 */
public record Scope(boolean everything, Set<String> territoryIds) {

    public Scope {
        territoryIds = Set.copyOf(territoryIds);
    }

    static Scope none() {
        return new Scope(false, Set.of());
    }

    public boolean covers(String territoryId) {
        return everything || territoryIds.contains(territoryId);
    }

    /** Whether everything the other scope covers is covered here too (who may invite whom). */
    public boolean includes(Scope other) {
        return everything || (!other.everything && territoryIds.containsAll(other.territoryIds));
    }

    public boolean isEmpty() {
        return !everything && territoryIds.isEmpty();
    }
}

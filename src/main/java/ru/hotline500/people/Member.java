package ru.hotline500.people;

import java.util.Objects;
import java.util.Set;

/**
 * A person of the directory as the other features see them.
 *
 * @param territoryId the territory the person works in (a region for a regional coordinator)
 * @param schoolId    the school of a school coordinator, null otherwise
 * @param bound       whether a Telegram account is bound to the person
 */
public record Member(long personId, String fullName, String territoryId, Set<Role> roles, Long schoolId, boolean bound) {

    public Member {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(territoryId, "territoryId");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A municipal or regional coordinator, or an administrator: someone who looks after a territory. */
    public boolean coordinates() {
        return has(Role.MUNICIPAL_COORDINATOR) || has(Role.REGIONAL_COORDINATOR) || has(Role.ADMINISTRATOR);
    }
}

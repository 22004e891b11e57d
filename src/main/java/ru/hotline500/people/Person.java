package ru.hotline500.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A person of the directory in one territory, with roles and (once invited) a Telegram account. */
@Entity
@Table(name = "person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "territory_id", nullable = false)
    private String territoryId;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "telegram_user_id")
    private Long telegramUserId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    private List<PersonRole> roles = new ArrayList<>();

    protected Person() {
    }

    Person(String territoryId, String fullName, Instant now) {
        this.territoryId = territoryId;
        this.fullName = fullName.strip();
        this.nameKey = NameKey.of(fullName);
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    String fullName() {
        return fullName;
    }

    String territoryId() {
        return territoryId;
    }

    List<PersonRole> roles() {
        return List.copyOf(roles);
    }

    Long telegramUserId() {
        return telegramUserId;
    }

    /** Binds the Telegram account; an account bound before (a lost phone) is replaced. */
    void bindTelegram(long userId) {
        this.telegramUserId = userId;
    }

    Member toMember() {
        Set<Role> held = roles.stream().map(PersonRole::role).collect(Collectors.toSet());
        Long schoolId = roles.stream().filter(r -> r.role() == Role.SCHOOL_COORDINATOR).map(PersonRole::schoolId).findFirst().orElse(null);
        return new Member(id, fullName, territoryId, held, schoolId, telegramUserId != null);
    }

    /** Adds the role, or moves a school coordinator to another school; returns whether anything changed. */
    boolean holds(Role role, Long schoolId) {
        for (PersonRole held : roles) {
            if (held.role() == role) {
                if (Objects.equals(held.schoolId(), schoolId)) {
                    return false;
                }
                roles.remove(held);
                break;
            }
        }
        roles.add(new PersonRole(role, schoolId));
        return true;
    }
}

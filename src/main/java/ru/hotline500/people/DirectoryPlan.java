package ru.hotline500.people;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The directory of some territories as it is, and what importing rows changes in it, worked out in memory so that
 * the rows are written in a few batches instead of one query per row. The rules are those of {@link Person#holds}
 * and {@link School#shortNameGiven}: a person holds each role once, a school coordinator's role names the school.
 */
final class DirectoryPlan {

    static final class PlannedSchool {
        Long id;
        final String territoryId;
        final String fullName;
        final String nameKey;
        String shortName;
        boolean added;
        boolean renamed;

        PlannedSchool(Long id, String territoryId, String fullName, String shortName) {
            this.id = id;
            this.territoryId = territoryId;
            this.fullName = fullName == null ? null : fullName.strip();
            this.nameKey = NameKey.of(fullName);
            this.shortName = shortName;
        }

        void shortNameGiven(String name) {
            if (name != null && !name.isBlank() && !Objects.equals(name.strip(), shortName)) {
                shortName = name.strip();
                renamed = !added;
            }
        }
    }

    static final class PlannedPerson {
        Long id;
        final String territoryId;
        final String fullName;
        final String nameKey;
        final boolean added;
        final Map<Role, PlannedSchool> roles = new EnumMap<>(Role.class);
        final Set<Role> changed = EnumSet.noneOf(Role.class);

        PlannedPerson(Long id, String territoryId, String fullName, boolean added) {
            this.id = id;
            this.territoryId = territoryId;
            this.fullName = fullName.strip();
            this.nameKey = NameKey.of(fullName);
            this.added = added;
        }

        boolean holds(Role role, PlannedSchool school) {
            if (roles.containsKey(role) && roles.get(role) == school) {
                return false;
            }
            roles.put(role, school);
            changed.add(role);
            return true;
        }
    }

    /** The planned objects compare by identity: two rows naming the same person share one {@link PlannedPerson}. */
    record Assignment(PlannedPerson person, PlannedSchool school, int year) {
    }

    record AssignmentIds(long personId, long schoolId, int year) {
    }

    private final Map<String, PlannedSchool> schools = new HashMap<>();
    private final Map<Long, PlannedSchool> schoolsById = new HashMap<>();
    private final Map<String, PlannedPerson> persons = new HashMap<>();
    private final Map<Long, PlannedPerson> personsById = new HashMap<>();
    private final Set<AssignmentIds> assignments = new HashSet<>();
    private final Set<Assignment> newAssignments = new LinkedHashSet<>();
    private final List<PlannedSchool> newSchools = new ArrayList<>();
    private final List<PlannedPerson> newPersons = new ArrayList<>();
    private int rolesChanged;

    void knownSchool(long id, String territoryId, String fullName, String shortName) {
        PlannedSchool school = new PlannedSchool(id, territoryId, fullName, shortName);
        schools.put(key(territoryId, school.nameKey), school);
        schoolsById.put(id, school);
    }

    void knownPerson(long id, String territoryId, String fullName) {
        PlannedPerson person = new PlannedPerson(id, territoryId, fullName, false);
        persons.put(key(territoryId, person.nameKey), person);
        personsById.put(id, person);
    }

    /** A role held already; the school may be of a territory not loaded, then only its id is known. */
    void knownRole(long personId, Role role, Long schoolId) {
        PlannedPerson person = personsById.get(personId);
        if (person != null) {
            person.roles.put(role, schoolId == null ? null : schoolsById.computeIfAbsent(schoolId, id -> new PlannedSchool(id, null, null, null)));
        }
    }

    void knownAssignment(long personId, long schoolId, int year) {
        assignments.add(new AssignmentIds(personId, schoolId, year));
    }

    /** Applies one row of the table. */
    void apply(DirectoryRow row) {
        PlannedPerson person = persons.computeIfAbsent(key(row.territoryId(), NameKey.of(row.fullName())), k -> {
            PlannedPerson added = new PlannedPerson(null, row.territoryId(), row.fullName(), true);
            newPersons.add(added);
            return added;
        });
        PlannedSchool school = row.school() == null ? null : school(row);
        if (person.holds(row.role(), row.role() == Role.SCHOOL_COORDINATOR ? school : null)) {
            rolesChanged++;
        }
        if (row.role() == Role.CURATOR) {
            boolean stored = person.id != null && school.id != null && assignments.contains(new AssignmentIds(person.id, school.id, row.year()));
            if (!stored) {
                newAssignments.add(new Assignment(person, school, row.year()));
            }
        }
    }

    private PlannedSchool school(DirectoryRow row) {
        PlannedSchool school = schools.computeIfAbsent(key(row.territoryId(), NameKey.of(row.school())), k -> {
            PlannedSchool added = new PlannedSchool(null, row.territoryId(), row.school(), null);
            added.added = true;
            newSchools.add(added);
            return added;
        });
        school.shortNameGiven(row.schoolShortName());
        return school;
    }

    /** Gives the schools and people just written their ids, found again by territory and name. */
    void schoolWritten(long id, String territoryId, String nameKey) {
        PlannedSchool school = schools.get(key(territoryId, nameKey));
        if (school != null && school.id == null) {
            school.id = id;
        }
    }

    void personWritten(long id, String territoryId, String nameKey) {
        PlannedPerson person = persons.get(key(territoryId, nameKey));
        if (person != null && person.id == null) {
            person.id = id;
        }
    }

    List<PlannedSchool> newSchools() {
        return newSchools;
    }

    List<PlannedSchool> renamedSchools() {
        return schools.values().stream().filter(s -> s.renamed).toList();
    }

    List<PlannedPerson> newPersons() {
        return newPersons;
    }

    List<PlannedPerson> personsWithChangedRoles() {
        return persons.values().stream().filter(p -> !p.changed.isEmpty()).toList();
    }

    Set<Assignment> newAssignments() {
        return newAssignments;
    }

    int rolesChanged() {
        return rolesChanged;
    }

    private static String key(String territoryId, String nameKey) {
        return territoryId + '\n' + nameKey;
    }
}

package ru.hotline500.people;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;

/** Who is who: the person behind a Telegram account, what they may see, curators' schools. Reads only. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final PersonRepository persons;
    private final SchoolRepository schools;
    private final CuratorAssignmentRepository assignments;
    private final Territories territories;

    Directory(PersonRepository persons, SchoolRepository schools, CuratorAssignmentRepository assignments, Territories territories) {
        this.persons = persons;
        this.schools = schools;
        this.assignments = assignments;
        this.territories = territories;
    }

    /** The person bound to this Telegram account, if anyone is. */
    public Optional<Member> byTelegram(long telegramUserId) {
        return persons.findByTelegramUserId(telegramUserId).map(Person::toMember);
    }

    public Optional<Member> person(long personId) {
        return persons.findById(personId).map(Person::toMember);
    }

    /** The Telegram account bound to the person, if any (reminders are sent to it). */
    public Optional<Long> telegramOf(long personId) {
        return persons.findById(personId).map(Person::telegramUserId);
    }

    /** People whose name contains the words given (case, ё and spaces aside), in any territory. */
    public List<Member> findByName(String name) {
        return persons.findByNameKeyContaining(NameKey.of(name)).stream().map(Person::toMember).toList();
    }

    /** People of the territories a coordinator may see, by name. */
    public List<Member> peopleIn(Scope scope) {
        return persons.findByTerritoryIdInOrderByFullName(territoryIds(scope)).stream().map(Person::toMember).toList();
    }

    /** The schools of the territories in scope, by name. */
    public List<SchoolRef> schoolsIn(Scope scope) {
        return schools.findByTerritoryIdInOrderByFullName(territoryIds(scope)).stream().map(School::toRef).toList();
    }

    /** The territories the person may see as a coordinator; none for anyone else. */
    public Scope scopeOf(Member member) {
        if (member.has(Role.ADMINISTRATOR)) {
            return new Scope(true, Set.of());
        }
        if (member.has(Role.REGIONAL_COORDINATOR)) {
            return scopeOfTerritory(member.territoryId());
        }
        return member.has(Role.MUNICIPAL_COORDINATOR) ? new Scope(false, Set.of(member.territoryId())) : Scope.none();
    }

    /** A territory and, for a region, its municipalities: what an export or a digest of that territory covers. */
    public Scope scopeOfTerritory(String territoryId) {
        Set<String> ids = Stream.concat(Stream.of(territoryId), territories.all().stream()
                .filter(t -> territoryId.equals(t.parentId())).map(Territory::id)).collect(Collectors.toSet());
        return new Scope(false, ids);
    }

    /** The curator's schools in that year (the year of the roadmap the visits belong to). */
    public List<SchoolRef> curatorSchools(long personId, int year) {
        List<Long> ids = assignments.findByKeyPersonIdAndKeyYear(personId, year).stream().map(a -> a.key().schoolId()).toList();
        return schools.findAllById(ids).stream().map(School::toRef).sorted(Comparator.comparing(SchoolRef::label)).toList();
    }

    public Optional<SchoolRef> school(long schoolId) {
        return schools.findById(schoolId).map(School::toRef);
    }

    /** The schools of the territories in scope with their curators of that year (a school may have none yet). */
    public Map<SchoolRef, List<Member>> schoolsWithCurators(Scope scope, int year) {
        List<School> found = schools.findByTerritoryIdInOrderByFullName(territoryIds(scope));
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> curatorIds = assignments.findByKeySchoolIdInAndKeyYear(found.stream().map(School::id).toList(), year)
                .stream().collect(Collectors.groupingBy(a -> a.key().schoolId(),
                        Collectors.mapping(a -> a.key().personId(), Collectors.toList())));
        Map<Long, Member> curators = persons.findAllById(curatorIds.values().stream().flatMap(List::stream).distinct().toList())
                .stream().collect(Collectors.toMap(Person::id, Person::toMember));
        Map<SchoolRef, List<Member>> result = new LinkedHashMap<>();
        found.forEach(school -> result.put(school.toRef(), curatorIds.getOrDefault(school.id(), List.of()).stream()
                .map(curators::get).sorted(Comparator.comparing(Member::fullName)).toList()));
        return result;
    }

    private Collection<String> territoryIds(Scope scope) {
        return scope.everything() ? territories.all().stream().map(Territory::id).toList() : scope.territoryIds();
    }
}

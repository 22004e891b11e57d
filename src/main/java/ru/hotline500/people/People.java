package ru.hotline500.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.tables.TableFiles;
import ru.hotline500.tables.UnreadableTableException;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;

/** The directory of people: imported from a table (CSV or XLSX), all rows or none. */
@Service
public class People {

    private static final Logger log = LoggerFactory.getLogger(People.class);

    private final Territories territories;
    private final PersonRepository persons;
    private final SchoolRepository schools;
    private final CuratorAssignmentRepository assignments;
    private final Clock clock;

    People(Territories territories, PersonRepository persons, SchoolRepository schools,
           CuratorAssignmentRepository assignments, Clock clock) {
        this.territories = territories;
        this.persons = persons;
        this.schools = schools;
        this.assignments = assignments;
        this.clock = clock;
    }

    /**
     * Imports the table in one transaction. Rows with problems are reported by number and nothing is written.
     *
     * @throws UnreadableTableException when the file is not a readable table
     */
    @Transactional(noRollbackFor = UnreadableTableException.class)
    public DirectoryImport importTable(byte[] content) {
        List<List<String>> table = TableFiles.read(content);
        DirectoryTable.Parsed parsed = DirectoryTable.parse(table, this::territory, LocalDate.now(clock).getYear() + 1);
        if (!parsed.problems().isEmpty()) {
            log.warn("Directory refused: {} rows with problems, first: {}", parsed.problems().size(), parsed.problems().get(0));
            return new DirectoryImport(parsed.rows().size() + parsed.problems().size(), 0, 0, 0, 0, parsed.problems());
        }
        Counts counts = new Counts();
        parsed.rows().forEach(row -> apply(row, counts));
        log.info("Directory imported: {} rows, {} people, {} schools, {} roles, {} assignments new",
                parsed.rows().size(), counts.people, counts.schools, counts.roles, counts.assignments);
        return new DirectoryImport(parsed.rows().size(), counts.people, counts.schools, counts.roles, counts.assignments, List.of());
    }

    private void apply(DirectoryRow row, Counts counts) {
        Person person = persons.findByTerritoryIdAndNameKey(row.territoryId(), NameKey.of(row.fullName())).orElseGet(() -> {
            counts.people++;
            return persons.save(new Person(row.territoryId(), row.fullName(), clock.instant()));
        });
        School school = row.school() == null ? null : school(row, counts);
        if (person.holds(row.role(), row.role() == Role.SCHOOL_COORDINATOR ? school.id() : null)) {
            counts.roles++;
        }
        if (row.role() == Role.CURATOR) {
            CuratorAssignment.Key key = new CuratorAssignment.Key(person.id(), school.id(), row.year());
            if (!assignments.existsById(key)) {
                assignments.save(new CuratorAssignment(key));
                counts.assignments++;
            }
        }
    }

    private School school(DirectoryRow row, Counts counts) {
        School school = schools.findByTerritoryIdAndNameKey(row.territoryId(), NameKey.of(row.school())).orElseGet(() -> {
            counts.schools++;
            return schools.save(new School(row.territoryId(), row.school(), null));
        });
        school.shortNameGiven(row.schoolShortName());
        return school;
    }

    /** A territory by its id ("dubovsky") or its name in any case ("Дубовский район"). */
    private Optional<Territory> territory(String text) {
        String key = NameKey.of(text);
        return territories.find(text.strip()).or(() -> territories.all().stream()
                .filter(t -> NameKey.of(t.name()).equals(key)).findFirst());
    }

    private static final class Counts {
        private int people;
        private int schools;
        private int roles;
        private int assignments;
    }
}

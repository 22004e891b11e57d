package ru.hotline500.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.tables.FileProblem;
import ru.hotline500.tables.FileTexts;
import ru.hotline500.tables.Headers;
import ru.hotline500.tables.TableFiles;
import ru.hotline500.tables.UnreadableTableException;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;

/** The directory of people: imported from a table (CSV or XLSX), all rows or none. */
@Service
public class People {

    /** Rows one import takes: 100,000 are written in well under a minute; larger tables are refused up front. */
    public static final int LARGEST_TABLE = 200_000;

    private static final Logger log = LoggerFactory.getLogger(People.class);

    private final Territories territories;
    private final DirectoryStore store;
    private final Clock clock;

    People(Territories territories, DirectoryStore store, Clock clock) {
        this.territories = territories;
        this.store = store;
        this.clock = clock;
    }

    /** Whether the first rows of a table name the directory's columns (see {@link TableFiles#head}). */
    public static boolean looksLikeDirectory(List<List<String>> head) {
        return DirectoryTable.hasHeader(head);
    }

    /** The columns a directory table needs, for texts that name them: "«ФИО», «Роль» и «Территория» (…)". */
    public static String columns() {
        return DirectoryTable.COLUMNS;
    }

    /** The same as {@link #importTable(byte[], BooleanSupplier)}, never stopped. */
    @Transactional(noRollbackFor = UnreadableTableException.class)
    public DirectoryImport importTable(byte[] content) {
        return importTable(content, () -> false);
    }

    /**
     * Imports the table in one transaction. Rows with problems are reported by number and nothing is written.
     *
     * @param stop asked between the steps of a long import; when it says yes the import stops, nothing is written
     *             and {@link ImportInterruptedException} is thrown
     * @throws UnreadableTableException when the file is not a readable table, has no header row or too many rows
     */
    @Transactional(noRollbackFor = UnreadableTableException.class)
    public DirectoryImport importTable(byte[] content, BooleanSupplier stop) {
        // read no further than a table one import takes could reach, header rows and all
        List<List<String>> table = TableFiles.head(content, LARGEST_TABLE + Headers.HEADER_ROWS + 1);
        if (table.size() > LARGEST_TABLE + Headers.HEADER_ROWS) {
            throw tooManyRows();
        }
        DirectoryTable.Parsed parsed = DirectoryTable.parse(table, this::territory, LocalDate.now(clock).getYear() + 1);
        if (parsed.rows().size() + parsed.problems().size() > LARGEST_TABLE) {
            throw tooManyRows();
        }
        if (!parsed.problems().isEmpty()) {
            log.warn("Directory refused: {} rows with problems, first: {}", parsed.problems().size(), parsed.problems().get(0));
            return new DirectoryImport(parsed.rows().size() + parsed.problems().size(), 0, 0, 0, 0, parsed.problems());
        }
        if (stop.getAsBoolean()) {
            throw new ImportInterruptedException();
        }
        Set<String> territoryIds = new TreeSet<>();
        parsed.rows().forEach(row -> territoryIds.add(row.territoryId()));
        DirectoryPlan plan = store.load(territoryIds);
        parsed.rows().forEach(plan::apply);
        store.write(plan, territoryIds, clock.instant(), stop);
        DirectoryImport result = new DirectoryImport(parsed.rows().size(), plan.newPersons().size(), plan.newSchools().size(),
                plan.rolesChanged(), plan.newAssignments().size(), List.of());
        log.info("Directory imported: {} rows, {} people, {} schools, {} roles, {} assignments new", result.rows(),
                result.peopleAdded(), result.schoolsAdded(), result.rolesChanged(), result.assignmentsAdded());
        return result;
    }

    private static UnreadableTableException tooManyRows() {
        return new UnreadableTableException(FileProblem.TOO_MANY_ROWS, FileTexts.tooManyRows(LARGEST_TABLE));
    }

    /** A territory by its id ("dubovsky") or its name in any case ("Дубовский район"). */
    private Optional<Territory> territory(String text) {
        String key = NameKey.of(text);
        return territories.find(text.strip()).or(() -> territories.all().stream()
                .filter(t -> NameKey.of(t.name()).equals(key)).findFirst());
    }
}

package ru.hotline500.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import ru.hotline500.tables.FileProblem;
import ru.hotline500.tables.FileTexts;
import ru.hotline500.tables.Headers;
import ru.hotline500.tables.UnreadableTableException;
import ru.hotline500.territory.Territory;

/**
 * Reads a directory table: a header row naming the columns (ФИО, роль, территория, школа, краткое название, год;
 * in any order, any case), then one row per person and role. Every row is checked; a row with a problem is
 * reported with its number and the table is not used.
 */
final class DirectoryTable {

    private static final int EARLIEST_YEAR = 2020;
    /** The columns a directory needs, as the refusal of a table without them names them. */
    static final String COLUMNS = "«ФИО», «Роль» и «Территория» (и, где нужно, «Школа», «Краткое название», «Год»)";

    record Parsed(List<DirectoryRow> rows, List<RowProblem> problems) {
    }

    private record Columns(int name, int role, int territory, int school, int shortName, int year) {

        String cell(List<String> cells, int index) {
            return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
        }
    }

    private DirectoryTable() {
    }

    /**
     * @param territory finds a territory by what a cell says; asked once per different text
     * @throws UnreadableTableException when no header row names the columns
     */
    static Parsed parse(List<List<String>> table, Function<String, Optional<Territory>> territory, int latestYear) {
        List<RowProblem> problems = new ArrayList<>();
        List<DirectoryRow> rows = new ArrayList<>();
        int header = headerRow(table);
        if (header < 0) {
            throw new UnreadableTableException(FileProblem.NO_HEADER, FileTexts.noHeader(COLUMNS));
        }
        Map<String, Optional<Territory>> territories = new HashMap<>();
        Function<String, Optional<Territory>> known = text -> territories.computeIfAbsent(text, territory);
        Columns columns = columns(table.get(header));
        for (int i = header + 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            List<String> wrong = new ArrayList<>();
            DirectoryRow row = row(i + 1, cells, columns, known, latestYear, wrong);
            if (wrong.isEmpty()) {
                rows.add(row);
            } else {
                problems.add(new RowProblem(i + 1, String.join("; ", wrong)));
            }
        }
        return new Parsed(rows, problems);
    }

    private static DirectoryRow row(int number, List<String> cells, Columns columns,
                                    Function<String, Optional<Territory>> territories, int latestYear, List<String> wrong) {
        String name = columns.cell(cells, columns.name());
        if (name.isEmpty()) {
            wrong.add("не указаны ФИО");
        }
        String roleText = columns.cell(cells, columns.role());
        Optional<Role> role = Role.of(roleText);
        if (role.isEmpty()) {
            wrong.add("роль «" + roleText + "» не известна (возможны: " + Role.known() + ")");
        }
        String territoryText = columns.cell(cells, columns.territory());
        Optional<Territory> territory = territories.apply(territoryText);
        if (territory.isEmpty()) {
            wrong.add("территория «" + territoryText + "» не найдена");
        }
        String school = columns.cell(cells, columns.school());
        if (role.isPresent() && role.get().needsSchool() && school.isEmpty()) {
            wrong.add("для роли «" + role.get().label() + "» нужна школа");
        }
        Integer year = year(columns.cell(cells, columns.year()), role.orElse(null), latestYear, wrong);
        return new DirectoryRow(number, name, role.orElse(null), territory.map(Territory::id).orElse(null),
                school.isEmpty() ? null : school, columns.cell(cells, columns.shortName()), year);
    }

    private static Integer year(String text, Role role, int latestYear, List<String> wrong) {
        if (text.isEmpty()) {
            if (role == Role.CURATOR) {
                wrong.add("для куратора нужен год закрепления за школой");
            }
            return null;
        }
        try {
            int year = Integer.parseInt(text.replaceAll("\\D", ""));
            if (year < EARLIEST_YEAR || year > latestYear) {
                wrong.add("год " + text + " вне " + EARLIEST_YEAR + "–" + latestYear);
            }
            return year;
        } catch (NumberFormatException e) {
            wrong.add("год «" + text + "» не число");
            return null;
        }
    }

    /** Whether one of the first rows names the directory's columns. */
    static boolean hasHeader(List<List<String>> table) {
        return headerRow(table) >= 0;
    }

    private static int headerRow(List<List<String>> table) {
        for (int i = 0; i < Math.min(table.size(), Headers.HEADER_ROWS); i++) {
            Columns columns = columns(table.get(i));
            if (columns.name() >= 0 && columns.role() >= 0 && columns.territory() >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static Columns columns(List<String> header) {
        return new Columns(Headers.find(header, "фио", "ф.и.о."), Headers.find(header, "роль"), Headers.find(header, "территория", "район"),
                Headers.find(header, "школа", "оо"), Headers.find(header, "краткое"), Headers.find(header, "год"));
    }

}

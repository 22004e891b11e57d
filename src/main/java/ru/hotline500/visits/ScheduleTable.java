package ru.hotline500.visits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.hotline500.people.RowProblem;
import ru.hotline500.tables.Headers;

/**
 * A schedule of visits as a table: a header row naming the columns Куратор (or ФИО), Школа and Дата, in any order,
 * then one planned visit per row.
 */
final class ScheduleTable {

    record Row(int number, String curator, String school, String date) {
    }

    private ScheduleTable() {
    }

    /** Whether the table looks like a schedule (it has a date column and no role column, unlike the directory). */
    static boolean looksLikeSchedule(List<List<String>> table) {
        return header(table).isPresent();
    }

    static List<Row> rows(List<List<String>> table, List<RowProblem> problems) {
        Optional<int[]> found = header(table);
        if (found.isEmpty()) {
            problems.add(new RowProblem(1, "нет строки заголовков со столбцами «Куратор», «Школа», «Дата»"));
            return List.of();
        }
        int[] columns = found.get();
        List<Row> rows = new ArrayList<>();
        for (int i = columns[3] + 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new Row(i + 1, cell(cells, columns[0]), cell(cells, columns[1]), cell(cells, columns[2])));
        }
        return rows;
    }

    static Optional<LocalDate> date(String text, LocalDate today) {
        return VisitDates.future(text, today).or(() -> VisitDates.past(text, today));
    }

    /** Columns of curator, school and date, and the header row's index. */
    private static Optional<int[]> header(List<List<String>> table) {
        for (int i = 0; i < Math.min(table.size(), Headers.HEADER_ROWS); i++) {
            List<String> header = table.get(i);
            int curator = Headers.find(header, "куратор", "фио", "ф.и.о.");
            int school = Headers.find(header, "школа", "оо");
            int date = Headers.find(header, "дата");
            if (curator >= 0 && school >= 0 && date >= 0 && Headers.find(header, "роль") < 0) {
                return Optional.of(new int[] {curator, school, date, i});
            }
        }
        return Optional.empty();
    }


    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }
}

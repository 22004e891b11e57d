package ru.hotline500.visits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.hotline500.people.Member;

/**
 * A stage's visits of a territory as an Excel workbook (.xlsx) for coordinators and officials: sheet «Визиты» with a
 * row per confirmed visit, per school without a visit and per plan gone unconfirmed; sheet «Итого» with the counts.
 * <p>
 * A static function rather than a Spring bean: it keeps no state and needs no other service, so the command line,
 * the bot and plain unit tests call it alike, and the workbook lives only for the duration of one call.
 */
public final class VisitExport {

    /** The names people see in Excel; the wording is all here so that it can be reviewed in one place. */
    public static final String VISITS_SHEET = "Визиты";
    public static final String TOTALS_SHEET = "Итого";
    static final List<String> HEADER = List.of("Школа", "Куратор(ы)", "Дата визита", "Цель", "Комментарий", "Состояние");
    static final String CONFIRMED = "визит подтверждён";
    static final String UNKNOWN_CURATOR = "—";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** In characters; fixed because auto-sizing needs the fonts a server container usually lacks (and is slow). */
    private static final int[] WIDTHS = {48, 32, 14, 18, 48, 40};
    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 1;

    private VisitExport() {
    }

    /**
     * The workbook as the bytes of an .xlsx file.
     *
     * @param territoryName the territory as people call it, for the title
     * @param schools       as {@link VisitOverview#of} gives them, in the order they are to be listed
     */
    public static byte[] xlsx(String territoryName, Stage stage, List<SchoolVisits> schools) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Styles styles = Styles.of(workbook);
            String title = "Визиты кураторов: " + territoryName + ", " + stage.label();
            writeVisits(workbook.createSheet(VISITS_SHEET), styles, title, schools);
            writeTotals(workbook.createSheet(TOTALS_SHEET), styles, title, schools);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the visits workbook could not be written", e);
        }
    }

    private static void writeVisits(Sheet sheet, Styles styles, String title, List<SchoolVisits> schools) {
        text(sheet.createRow(TITLE_ROW), 0, title, styles.title());
        Row header = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < HEADER.size(); i++) {
            text(header, i, HEADER.get(i), styles.header());
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        int next = HEADER_ROW + 1;
        for (Line line : schools.stream().flatMap(school -> lines(school).stream()).toList()) {
            line.write(sheet.createRow(next++), styles);
        }
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, next - 1), 0, HEADER.size() - 1));
    }

    private static void writeTotals(Sheet sheet, Styles styles, String title, List<SchoolVisits> schools) {
        long missing = schools.stream().filter(SchoolVisits::missing).count();
        text(sheet.createRow(0), 0, title, styles.title());
        total(sheet.createRow(1), "Школ", schools.size(), styles);
        total(sheet.createRow(2), "С визитом", schools.size() - missing, styles);
        total(sheet.createRow(3), "Без визита", missing, styles);
        total(sheet.createRow(4), "Подтверждённых визитов", schools.stream().mapToLong(s -> s.visits().size()).sum(), styles);
        total(sheet.createRow(5), "Запланировано, но не подтверждено", schools.stream().mapToLong(s -> s.overduePlans().size()).sum(), styles);
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 12 * 256);
    }

    /** A school's rows: its visits, else one saying there is none, then its plans that went unconfirmed. */
    static List<Line> lines(SchoolVisits school) {
        String name = school.school().fullName();
        List<Line> lines = new ArrayList<>();
        school.visits().forEach(visit -> lines.add(new Line(name, curator(school, visit.curatorId()), visit.date(),
                visit.purpose().label(), visit.comment(), CONFIRMED)));
        if (school.missing()) {
            lines.add(new Line(name, SchoolVisitWords.curators(school), null, "", "", SchoolVisitWords.NO_VISIT));
        }
        school.overduePlans().forEach(plan -> lines.add(new Line(name, curator(school, plan.curatorId()), null, "", "",
                SchoolVisitWords.unconfirmedPlan(DAY.format(plan.date())))));
        return lines;
    }

    /** A curator reassigned since the visit is no longer among the school's curators: the visit still counts. */
    private static String curator(SchoolVisits school, long curatorId) {
        return school.curators().stream().filter(c -> c.personId() == curatorId).map(Member::fullName).findFirst()
                .orElse(UNKNOWN_CURATOR);
    }

    private static void total(Row row, String label, long value, Styles styles) {
        text(row, 0, label, styles.header());
        row.createCell(1).setCellValue(value);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** One row of the visits sheet; {@code date} only for a confirmed visit. */
    record Line(String school, String curators, LocalDate date, String purpose, String comment, String state) {

        void write(Row row, Styles styles) {
            text(row, 0, school, styles.wrapped());
            text(row, 1, curators, styles.wrapped());
            if (date != null) {
                Cell cell = row.createCell(2);
                cell.setCellValue(date);
                cell.setCellStyle(styles.date());
            }
            text(row, 3, purpose, null);
            text(row, 4, comment, styles.wrapped());
            text(row, 5, state, null);
        }
    }

    private record Styles(CellStyle title, CellStyle header, CellStyle date, CellStyle wrapped) {

        static Styles of(Workbook workbook) {
            CellStyle title = workbook.createCellStyle();
            title.setFont(font(workbook, (short) 14));
            CellStyle header = workbook.createCellStyle();
            header.setFont(font(workbook, (short) 11));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            return new Styles(title, header, date, wrapped);
        }

        private static Font font(Workbook workbook, short points) {
            Font font = workbook.createFont();
            font.setBold(true);
            font.setFontHeightInPoints(points);
            return font;
        }
    }
}

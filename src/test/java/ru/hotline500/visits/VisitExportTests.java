package ru.hotline500.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.hotline500.people.Member;
import ru.hotline500.people.Role;
import ru.hotline500.people.SchoolRef;

/** The Excel export of a stage's visits, read back as a coordinator's Excel would read it. */
class VisitExportTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Stage STAGE = Stage.of(2021, 1, MonthDay.of(8, 1));
    private static final SchoolRef VESELOVSKAYA = school(1, "МБОУ Веселовская СШ № 2");
    private static final SchoolRef ZHUKOVSKAYA = school(2, "МБОУ Жуковская СШ № 5");
    private static final SchoolRef PRIMERNAYA = school(3, "МБОУ Примерная СОШ № 1");
    private static final Member KOZHINA = curator(10, "Кожина Х.А.");
    private static final Member OBRAZTSOVA = curator(11, "Образцова Анна Вымышленная");

    private final List<SchoolVisits> schools = List.of(
            new SchoolVisits(VESELOVSKAYA, List.of(KOZHINA), List.of(
                    new Visit(100, KOZHINA.personId(), VESELOVSKAYA, LocalDate.of(2021, 3, 12), VisitPurpose.STAGE_ONE, "Беседа с директором", false),
                    new Visit(101, 99, VESELOVSKAYA, LocalDate.of(2021, 4, 2), VisitPurpose.OTHER, null, false)), List.of()),
            new SchoolVisits(ZHUKOVSKAYA, List.of(OBRAZTSOVA), List.of(),
                    List.of(new Plan(200, OBRAZTSOVA.personId(), ZHUKOVSKAYA, LocalDate.of(2021, 5, 14), true))),
            new SchoolVisits(PRIMERNAYA, List.of(), List.of(), List.of()));

    @Test
    void startsWithTheTitleAndABoldFrozenHeader() throws IOException {
        try (XSSFWorkbook workbook = exported()) {
            Sheet sheet = workbook.getSheet("Визиты");

            assertThat(text(sheet.getRow(0), 0)).isEqualTo("Визиты кураторов: Дубовский район, 1 этап 2021 года");
            assertThat(texts(sheet.getRow(1))).containsExactly("Школа", "Куратор(ы)", "Дата визита", "Цель", "Комментарий", "Состояние");
            assertThat(workbook.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        }
    }

    @Test
    void writesAConfirmedVisitWithARealDateCell() throws IOException {
        try (XSSFWorkbook workbook = exported()) {
            Row visit = workbook.getSheet("Визиты").getRow(2);

            assertThat(texts(visit)).containsExactly("МБОУ Веселовская СШ № 2", "Кожина Х.А.", "12.03.2021", "визит 1 этапа",
                    "Беседа с директором", "визит подтверждён");
            Cell date = visit.getCell(2);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 3, 12));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
        }
    }

    @Test
    void namesNoCuratorForAVisitOfSomeoneNoLongerAtTheSchool() throws IOException {
        try (XSSFWorkbook workbook = exported()) {
            assertThat(texts(workbook.getSheet("Визиты").getRow(3))).containsExactly("МБОУ Веселовская СШ № 2", "—", "02.04.2021",
                    "другое", "", "визит подтверждён");
        }
    }

    @Test
    void listsASchoolWithoutAVisitAndItsOverduePlan() throws IOException {
        try (XSSFWorkbook workbook = exported()) {
            Sheet sheet = workbook.getSheet("Визиты");

            assertThat(texts(sheet.getRow(4))).containsExactly("МБОУ Жуковская СШ № 5", "Образцова Анна Вымышленная", "", "", "", "визита нет");
            assertThat(texts(sheet.getRow(5))).containsExactly("МБОУ Жуковская СШ № 5", "Образцова Анна Вымышленная", "", "", "",
                    "запланирован на 14.05.2021, не подтверждён");
            assertThat(texts(sheet.getRow(6))).containsExactly("МБОУ Примерная СОШ № 1", "куратор не закреплён", "", "", "", "визита нет");
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
        }
    }

    @Test
    void sumsUpTheStageOnTheTotalsSheet() throws IOException {
        try (XSSFWorkbook workbook = exported()) {
            Sheet totals = workbook.getSheet("Итого");

            assertThat(workbook.getSheetIndex(totals)).isEqualTo(1);
            assertThat(total(totals, "Школ")).isEqualTo(3);
            assertThat(total(totals, "С визитом")).isEqualTo(1);
            assertThat(total(totals, "Без визита")).isEqualTo(2);
            assertThat(total(totals, "Подтверждённых визитов")).isEqualTo(2);
            assertThat(total(totals, "Запланировано, но не подтверждено")).isEqualTo(1);
        }
    }

    @Test
    void anEmptyTerritoryStillGivesTitleHeaderAndZeroTotals() throws IOException {
        try (XSSFWorkbook workbook = read(VisitExport.xlsx("Дубовский район", STAGE, List.of()))) {
            assertThat(workbook.getSheet("Визиты").getLastRowNum()).isEqualTo(1);
            assertThat(total(workbook.getSheet("Итого"), "Школ")).isZero();
        }
    }

    private XSSFWorkbook exported() throws IOException {
        return read(VisitExport.xlsx("Дубовский район", STAGE, schools));
    }

    private static XSSFWorkbook read(byte[] content) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(content));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            texts.add(text(row, i));
        }
        return texts;
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.NUMERIC ? cell.getLocalDateTimeCellValue().toLocalDate().format(DAY) : cell.getStringCellValue();
    }

    private static long total(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (label.equals(text(row, 0))) {
                return (long) row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no total " + label);
    }

    private static SchoolRef school(long id, String fullName) {
        return new SchoolRef(id, "dubovsky", fullName, fullName.substring(5));
    }

    private static Member curator(long id, String fullName) {
        return new Member(id, fullName, "dubovsky", Set.of(Role.CURATOR), null, true);
    }
}

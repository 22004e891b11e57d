package ru.hotline500.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** DOCX, XLSX and CSV versions of a real roadmap give the same items as its text export. */
class OtherFormatsTests {

    private final RoadmapReader reader = new RoadmapReader(RoadmapReader.DEFAULT_MAX_BYTES);
    private final ParsedRoadmap fromText = Seeds.SAKHALIN.parse();
    private final TableDocument table = TableDocument.of(fromText);

    @Test
    void docxTableGivesTheSameItemsAsText() {
        ParsedRoadmap fromDocx = reader.read("sakhalin.docx", table.toDocx(), null);

        assertSameRoadmap(fromDocx);
    }

    @Test
    void xlsxSheetGivesTheSameItemsAsText() {
        ParsedRoadmap fromXlsx = reader.read("sakhalin.xlsx", table.toXlsx(), null);

        assertSameRoadmap(fromXlsx);
    }

    @Test
    void csvWithSemicolonsGivesTheSameItemsAsText() {
        ParsedRoadmap fromCsv = reader.read("sakhalin.csv", table.toCsv(';', java.nio.charset.StandardCharsets.UTF_8), null);

        assertSameRoadmap(fromCsv);
    }

    @Test
    void csvSavedByExcelInWindows1251IsReadToo() {
        ParsedRoadmap fromCsv = reader.read("sakhalin.csv", table.toCsv(';', java.nio.charset.Charset.forName("windows-1251")), null);

        assertSameRoadmap(fromCsv);
    }

    @Test
    void xlsxDateCellsAreReadAsDates() {
        ParsedRoadmap fromXlsx = reader.read("sakhalin.xlsx", table.toXlsxWithDateCells(), null);

        assertSameRoadmap(fromXlsx);
    }

    @Test
    void xlsxItemNumbersStoredAsNumbersAreItemsToo() {
        ParsedRoadmap fromXlsx = reader.read("sakhalin.xlsx", table.toXlsxWithNumberCells(), null);

        assertSameRoadmap(fromXlsx);
    }

    @Test
    void xlsxWithAHeaderOverTwoMergedRowsAndColumnNumbersGivesEveryItem() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("План");
            workbook.createSheet("Лист2");
            sheet.createRow(0).createCell(0).setCellValue("Дорожная карта Сахалинской области на 2021 год");
            String[][] header = {{"№ п/п", "Мероприятие", "Срок", "Исполнители", ""}, {"", "", "", "Ответственные", "Соисполнители"}};
            for (int r = 0; r < 2; r++) {
                Row row = sheet.createRow(2 + r);
                for (int c = 0; c < 5; c++) {
                    row.createCell(c).setCellValue(header[r][c]);
                }
            }
            for (int c = 0; c < 3; c++) {
                sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
            }
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 3, 4));
            Row numbers = sheet.createRow(4);
            for (int c = 0; c < 5; c++) {
                numbers.createCell(c).setCellValue(c + 1);
            }
            Object[][] items = {{"I", "Организационные мероприятия", "", "", ""},
                    {1.1, "Вебинар для кураторов", "22.01.2021", "ИРОСО", "ЦНППМ"},
                    {1.2, "Совещание с координаторами", "до 25.01.2021", "ИРОСО", ""},
                    {"II", "Методическое сопровождение", "", "", ""},
                    {2.1, "Семинар для директоров", "февраль 2021", "Муниципальные координаторы", "ИРОСО"}};
            for (int r = 0; r < items.length; r++) {
                Row row = sheet.createRow(5 + r);
                for (int c = 0; c < 5; c++) {
                    if (items[r][c] instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) items[r][c]);
                    }
                }
            }
            workbook.write(out);

            ParsedRoadmap parsed = reader.read("plan.xlsx", out.toByteArray(), null);

            assertThat(parsed.items()).extracting(RoadmapItem::number).containsExactly("1.1", "1.2", "2.1");
            assertThat(parsed.sections()).extracting(RoadmapSection::label)
                    .containsExactly("I. Организационные мероприятия", "II. Методическое сопровождение");
            assertThat(parsed.items().get(0).responsible()).isEqualTo("ИРОСО");
            assertThat(parsed.items().get(0).extras()).containsEntry("Соисполнители", "ЦНППМ");
            assertThat(parsed.items().get(1).deadline().end()).hasToString("2021-01-25");
            assertThat(parsed.warnings()).singleElement().asString().contains("номерами граф");
        }
    }

    private void assertSameRoadmap(ParsedRoadmap other) {
        assertThat(other.year()).isEqualTo(2021);
        assertThat(other.sections()).extracting(RoadmapSection::label)
                .containsExactlyElementsOf(fromText.sections().stream().map(RoadmapSection::label).toList());
        List<RoadmapItem> expected = fromText.items();
        assertThat(other.items()).containsExactlyElementsOf(expected);
    }
}

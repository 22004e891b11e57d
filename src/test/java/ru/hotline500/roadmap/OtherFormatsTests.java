package ru.hotline500.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    private void assertSameRoadmap(ParsedRoadmap other) {
        assertThat(other.year()).isEqualTo(2021);
        assertThat(other.sections()).extracting(RoadmapSection::label)
                .containsExactlyElementsOf(fromText.sections().stream().map(RoadmapSection::label).toList());
        List<RoadmapItem> expected = fromText.items();
        assertThat(other.items()).containsExactlyElementsOf(expected);
    }
}

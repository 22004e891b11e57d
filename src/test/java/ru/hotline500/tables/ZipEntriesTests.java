package ru.hotline500.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The look inside a ZIP before POI opens it passes the workbooks that real writers make and stops zip bombs. */
class ZipEntriesTests {

    @Test
    void readsAWorkbookWrittenAsAStreamWithDataDescriptors() throws Exception {
        byte[] streamed;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 100, true, true);
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Лист");
            for (int i = 0; i < 300; i++) {
                sheet.createRow(i).createCell(0).setCellValue("ячейка " + i);
            }
            workbook.write(bytes);
            streamed = bytes.toByteArray();
        }

        assertThat(FileKind.of(streamed)).isEqualTo(FileKind.XLSX);
        List<List<String>> rows = TableFiles.xlsx(streamed);
        assertThat(rows).hasSize(300);
        assertThat(rows.get(299)).containsExactly("ячейка 299");
    }

    @Test
    void refusesAZipBombByTheSizesItDeclares() {
        assertThatThrownBy(() -> TableFiles.xlsx(ZipBombs.of(200)))
                .isInstanceOfSatisfying(UnreadableTableException.class, e -> assertThat(e.problem()).isEqualTo(FileProblem.UNPACKS_TOO_LARGE))
                .hasMessageContaining("в распакованном виде занимает больше 100 МБ");
    }

    @Test
    void refusesAZipBombThatDeclaresSmallSizesByUnpackingItIntoNowhere() {
        byte[] lying = ZipBombs.lying(200);

        assertThat(FileKind.of(lying)).isEqualTo(FileKind.XLSX);
        assertThatThrownBy(() -> TableFiles.xlsx(lying)).isInstanceOfSatisfying(UnreadableTableException.class, e -> {
            assertThat(e.problem()).isEqualTo(FileProblem.UNPACKS_TOO_LARGE);
            assertThat(e.technicalCause()).contains("unpacked over");
        });
    }
}

package ru.hotline500.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Generated directories of any size over the sample territories. Rows come in fours per school: two curators, the
 * school's coordinator, a municipal coordinator; every row is a different person. So N rows (N a multiple of 4) hold
 * N people, N roles, N/4 schools and N/2 curator assignments.
 */
public final class DirectoryFiles {

    public static final List<String> HEADER = List.of("ФИО", "Роль", "Территория", "Школа", "Краткое название", "Год");
    private static final List<String> TERRITORIES = List.of("Дубовский район", "Неклиновский район", "Кизлярский район",
            "Сахалинская область", "Ульяновская область", "Ростовская область", "Республика Дагестан");

    private DirectoryFiles() {
    }

    /** The cells of data row {@code i} (from 0). */
    public static List<String> row(int i, int year) {
        int school = i / 4;
        String territory = TERRITORIES.get(school % TERRITORIES.size());
        String schoolName = "МБОУ Тестовая СШ № " + (school + 1);
        String shortName = "Тестовая СШ № " + (school + 1);
        String name = "Тестова-" + i + " Анна Петровна";
        return switch (i % 4) {
            case 0, 1 -> List.of(name, "куратор", territory, schoolName, shortName, String.valueOf(year));
            case 2 -> List.of(name, "школьный координатор", territory, schoolName, shortName, "");
            default -> List.of(name, "муниципальный координатор", territory, "", "", "");
        };
    }

    /** An .xlsx as Excel writes it (shared strings), with the header and {@code rows} data rows. */
    public static byte[] xlsx(int rows, int year) {
        return xlsx(0, rows, year);
    }

    /** The same with the data rows {@code from}, {@code from + 1}, …: other people and schools than those before. */
    public static byte[] xlsx(int from, int rows, int year) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 1000, true, true);
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Справочник");
            write(sheet.createRow(0), HEADER);
            for (int i = 0; i < rows; i++) {
                write(sheet.createRow(i + 1), row(from + i, year));
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(int from, int rows, int year) {
        StringBuilder text = new StringBuilder(String.join(";", HEADER)).append('\n');
        for (int i = from; i < from + rows; i++) {
            text.append(String.join(";", row(i, year))).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}

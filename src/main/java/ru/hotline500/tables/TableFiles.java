package ru.hotline500.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the tables people export: CSV as Excel or LibreOffice save it (semicolon, comma or tab; UTF-8 with or without
 * BOM, or Windows-1251) and every sheet of an .xlsx workbook (date cells as dd.MM.yyyy). Each row is a list of cells.
 */
public final class TableFiles {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private TableFiles() {
    }

    /** By the file's content: a ZIP (an .xlsx) is read as a workbook, anything else as CSV. */
    public static List<List<String>> read(byte[] content) {
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        return zip ? xlsx(content) : csv(content);
    }

    public static List<List<String>> csv(byte[] content) {
        String text = decodeText(content);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).get();
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(new StringReader(text))) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableTableException("CSV-файл не читается: " + e.getMessage(), e);
        }
    }

    public static List<List<String>> xlsx(byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("ru"));
            List<List<String>> rows = new ArrayList<>();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    rows.add(cells(row, formatter));
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableTableException("Таблица Excel повреждена или не читается: " + e.getMessage(), e);
        }
    }

    /** Exported text: UTF-8 (with or without BOM), else Windows-1251; binary content is refused. */
    public static String decodeText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                throw new UnreadableTableException("Файл не похож на текст или таблицу: в нём двоичные данные.");
            }
        }
        String text = strictDecode(content, StandardCharsets.UTF_8);
        if (text == null) {
            text = strictDecode(content, WINDOWS_1251);
        }
        if (text == null || controlCharacterShare(text) > 0.01) {
            throw new UnreadableTableException("Файл не похож на текст: не удалось прочитать его ни как UTF-8, ни как Windows-1251.");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The separator that occurs most in the first lines. */
    static char delimiter(String text) {
        String head = text.lines().limit(20).reduce("", (a, b) -> a + b);
        char best = ';';
        long bestCount = -1;
        for (char candidate : new char[] {';', ',', '\t'}) {
            long count = head.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? "" : text(cell, formatter));
        }
        return cells;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DATE);
        }
        return formatter.formatCellValue(cell);
    }

    private static String strictDecode(byte[] content, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static double controlCharacterShare(String text) {
        long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t').count();
        return text.isEmpty() ? 0 : (double) control / text.length();
    }
}

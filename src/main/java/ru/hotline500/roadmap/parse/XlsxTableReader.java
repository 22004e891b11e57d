package ru.hotline500.roadmap.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.hotline500.roadmap.RoadmapRejectedException;

/** Reads every sheet of an Excel workbook row by row; date cells are written as dd.MM.yyyy. */
final class XlsxTableReader implements TableReader {

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Override
    public List<RawRow> read(byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("ru"));
            List<RawRow> rows = new ArrayList<>();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    rows.add(RawRow.row(cells(row, formatter)));
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new RoadmapRejectedException("Таблица Excel повреждена или не читается: " + e.getMessage(), e);
        }
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
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DATE);
        }
        return formatter.formatCellValue(cell);
    }
}

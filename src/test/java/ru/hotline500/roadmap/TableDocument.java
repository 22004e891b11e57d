package ru.hotline500.roadmap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A roadmap written back as a plain table (title, header, section rows, item rows) in DOCX, XLSX or CSV. */
record TableDocument(String title, List<List<String>> rows) {

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    static TableDocument of(ParsedRoadmap roadmap) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("№ п/п", "Содержание мероприятия", "Ответственный исполнитель", "Сроки", "Ожидаемые результаты"));
        for (RoadmapSection section : roadmap.sections()) {
            rows.add(List.of(section.label(), "", "", "", ""));
            for (RoadmapItem item : section.items()) {
                rows.add(List.of(item.number() + ".", item.action(), item.responsible(), item.deadline().text(), item.indicator()));
            }
        }
        return new TableDocument(roadmap.title(), rows);
    }

    byte[] toDocx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(title);
            XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.getCell(c).setText(rows.get(r).get(c));
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] toXlsx() {
        return xlsx(false, false);
    }

    /** Deadlines like "22.01.2021" become real Excel dates, as a coordinator's spreadsheet would have them. */
    byte[] toXlsxWithDateCells() {
        return xlsx(true, false);
    }

    /**
     * Item numbers typed into cells Excel took for numbers ("3.5" is the number 3,5, "4." the number 4), as a
     * coordinator's spreadsheet has them; a number that Excel would change ("3.10" is 3,1) stays text there too.
     */
    byte[] toXlsxWithNumberCells() {
        return xlsx(false, true);
    }

    private byte[] xlsx(boolean dateCells, boolean numberCells) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Дорожная карта");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            sheet.createRow(0).createCell(0).setCellValue(title);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Cell cell = row.createCell(c);
                    String value = rows.get(r).get(c);
                    LocalDate date = dateCells && c == 3 ? date(value) : null;
                    if (date != null) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (numberCells && c == 0 && value.matches("\\d+(\\.\\d*[1-9])?\\.?")) {
                        cell.setCellValue(Double.parseDouble(value.endsWith(".") ? value.substring(0, value.length() - 1) : value));
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] toCsv(char delimiter, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, charset), CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            printer.printRecord(title);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, DOTTED);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

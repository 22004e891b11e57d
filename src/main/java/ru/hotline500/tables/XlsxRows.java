package ru.hotline500.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the rows of every sheet of a workbook as a stream of XML events rather than a tree of cell objects: a
 * directory of 100,000 people is read in a second or two in a few dozen megabytes. Rows the file leaves out (blank
 * ones) come back as empty lists, so that a row's place in the list is its number in the spreadsheet.
 */
final class XlsxRows {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private XlsxRows() {
    }

    /** Up to {@code limit} rows of each sheet, one after another. */
    static List<List<String>> read(byte[] content, int limit) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        List<List<String>> rows = new ArrayList<>();
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    readSheet(sheet, new Collector(rows, limit), strings, styles);
                }
            }
        }
        return rows;
    }

    private static void readSheet(InputStream sheet, Collector collector, ReadOnlySharedStringsTable strings, StylesTable styles)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new RussianFormatter(), false));
        try {
            parser.parse(new InputSource(sheet));
        } catch (Enough enough) {
            // the rows wanted are read; the rest of the sheet is not
        }
    }

    /** Collects the cells of each row by column, filling gaps (empty cells and rows the file leaves out) with "". */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<List<String>> rows;
        private final int limit;
        private final int first;
        private List<String> row;

        Collector(List<List<String>> rows, int limit) {
            this.rows = rows;
            this.limit = limit;
            this.first = rows.size();
        }

        @Override
        public void startRow(int rowNum) {
            while (rows.size() - first < Math.min(rowNum, limit)) {
                rows.add(List.of());
            }
            row = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (rows.size() - first >= limit) {
                throw new Enough();
            }
            rows.add(row);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? row.size() : column(reference);
            while (row.size() < column) {
                row.add("");
            }
            row.add(value == null ? "" : value);
        }
    }

    /** "AB12" is column 27 (from 0). */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    /** Thrown from a row handler to stop reading once enough rows are read; SAX offers no other way out. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    /** Numbers as a Russian Excel shows them, and date cells as dd.MM.yyyy whatever their format. */
    private static final class RussianFormatter extends DataFormatter {

        RussianFormatter() {
            super(Locale.forLanguageTag("ru"));
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().format(DATE);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}

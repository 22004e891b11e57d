package ru.hotline500.roadmap.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import ru.hotline500.roadmap.RoadmapRejectedException;

/** Reads the paragraphs and tables of a Word document in body order; a cell's paragraphs become its lines. */
final class DocxTableReader implements TableReader {

    @Override
    public List<RawRow> read(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<RawRow> rows = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph) {
                    addParagraph(rows, ((XWPFParagraph) element).getText());
                } else if (element instanceof XWPFTable) {
                    addTable(rows, (XWPFTable) element);
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new RoadmapRejectedException("Документ Word повреждён или не читается: " + e.getMessage(), e);
        }
    }

    private static void addParagraph(List<RawRow> rows, String text) {
        if (text != null && !text.isBlank()) {
            rows.add(RawRow.paragraph(text.strip()));
        }
    }

    private static void addTable(List<RawRow> rows, XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")));
            }
            rows.add(RawRow.row(cells));
        }
    }
}

package ru.hotline500.roadmap.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import ru.hotline500.roadmap.RoadmapRejectedException;
import ru.hotline500.tables.FileTexts;
import ru.hotline500.tables.TableFiles;

/**
 * Reads the paragraphs and tables of a Word document in body order; a cell's paragraphs become its lines.
 * Merged cells are unfolded so that columns stay under their header: a cell spanning several grid columns
 * is followed by empty cells, and a cell merged with the one above (one deadline for several actions)
 * repeats its text.
 */
final class DocxTableReader implements TableReader {

    @Override
    public List<RawRow> read(byte[] content) {
        TableFiles.refuseZipBomb(content);
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
            throw new RoadmapRejectedException(FileTexts.damaged(), e);
        }
    }

    private static void addParagraph(List<RawRow> rows, String text) {
        if (text != null && !text.isBlank()) {
            rows.add(RawRow.paragraph(text.strip()));
        }
    }

    private static void addTable(List<RawRow> rows, XWPFTable table) {
        Map<Integer, String> above = new HashMap<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                int column = cells.size();
                String text = continuesAbove(cell) ? above.getOrDefault(column, "") : text(cell);
                above.put(column, text);
                cells.add(text);
                for (int i = 1; i < span(cell); i++) {
                    cells.add("");
                }
            }
            rows.add(RawRow.row(cells));
        }
    }

    private static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    private static boolean continuesAbove(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        return properties != null && properties.isSetVMerge()
                && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || !properties.isSetGridSpan()) {
            return 1;
        }
        BigInteger span = properties.getGridSpan().getVal();
        return span == null ? 1 : Math.max(1, span.intValue());
    }
}

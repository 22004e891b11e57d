package ru.hotline500.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxTableReaderTests {

    @Test
    void aDeadlineMergedOverSeveralRowsBelongsToEachOfThem() throws IOException {
        XWPFDocument document = new XWPFDocument();
        XWPFTable table = document.createTable(3, 3);
        fill(table, 0, "№", "Мероприятие", "Срок");
        fill(table, 1, "1", "Вебинар", "март 2022");
        fill(table, 2, "2", "Совещание", "");
        merge(table.getRow(1).getCell(2), STMerge.RESTART);
        merge(table.getRow(2).getCell(2), STMerge.CONTINUE);

        List<RawRow> rows = new DocxTableReader().read(bytes(document));

        assertThat(rows).extracting(RawRow::cells).containsExactly(
                List.of("№", "Мероприятие", "Срок"), List.of("1", "Вебинар", "март 2022"), List.of("2", "Совещание", "март 2022"));
    }

    @Test
    void aSectionCellSpanningTheTableKeepsLaterColumnsInPlace() throws IOException {
        XWPFDocument document = new XWPFDocument();
        XWPFTable table = document.createTable(1, 2);
        fill(table, 0, "1. Организационная работа", "");
        table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));

        List<RawRow> rows = new DocxTableReader().read(bytes(document));

        assertThat(rows.get(0).cells()).containsExactly("1. Организационная работа", "", "", "");
    }

    @Test
    void paragraphsOfACellBecomeItsLines() throws IOException {
        XWPFDocument document = new XWPFDocument();
        document.createParagraph().createRun().setText("Дорожная карта на 2021 год");
        XWPFTable table = document.createTable(1, 1);
        XWPFTableCell cell = table.getRow(0).getCell(0);
        cell.setText("МОСО");
        cell.addParagraph().createRun().setText("ОМСУ");

        List<RawRow> rows = new DocxTableReader().read(bytes(document));

        assertThat(rows).containsExactly(RawRow.paragraph("Дорожная карта на 2021 год"), RawRow.row(List.of("МОСО\nОМСУ")));
    }

    private static void fill(XWPFTable table, int row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            table.getRow(row).getCell(i).setText(texts[i]);
        }
    }

    private static void merge(XWPFTableCell cell, STMerge.Enum kind) {
        cell.getCTTc().addNewTcPr().addNewVMerge().setVal(kind);
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        }
    }
}

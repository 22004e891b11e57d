package ru.hotline500.roadmap.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads tables exported from Word or PDF as plain text. Two layouts occur: one row per line with cells
 * separated by tabs, and one cell per line (each cell starts with a tab, a line without a tab continues the
 * cell, a blank line ends the row). Lines without tabs are paragraphs: titles, footnotes, page headers.
 */
final class TextTableReader implements TableReader {

    @Override
    public List<RawRow> read(byte[] content) {
        List<String> lines = PlainText.decode(content).lines().toList();
        Builder builder = new Builder();
        boolean cellPerLine = isCellPerLine(lines);
        for (String line : lines) {
            if (cellPerLine) {
                builder.cellPerLine(line);
            } else {
                builder.tabRow(line);
            }
        }
        return builder.finish();
    }

    /** A cell-per-line export has many lines with a single leading tab and hardly any with inner tabs. */
    static boolean isCellPerLine(List<String> lines) {
        long singleCell = lines.stream().filter(l -> l.startsWith("\t") && l.indexOf('\t', 1) < 0 && !l.isBlank()).count();
        long multiCell = lines.stream().filter(l -> l.lastIndexOf('\t') > 0).count();
        return singleCell > 2 * multiCell;
    }

    private static final class Builder {
        private final List<RawRow> rows = new ArrayList<>();
        private final List<String> paragraph = new ArrayList<>();
        private final List<String> cells = new ArrayList<>();

        void tabRow(String line) {
            if (line.isBlank() || line.indexOf('\t') >= 0) {
                flushParagraph();
            }
            if (line.indexOf('\t') >= 0 && !line.isBlank()) {
                rows.add(RawRow.row(Arrays.asList(line.split("\t", -1))));
            } else if (!line.isBlank()) {
                paragraph.add(line.strip());
            }
        }

        void cellPerLine(String line) {
            if (line.startsWith("\t")) {
                flushParagraph();
                cells.add(line.substring(1));
            } else if (line.isBlank()) {
                flushParagraph();
                flushRow();
            } else if (!cells.isEmpty()) {
                cells.set(cells.size() - 1, cells.get(cells.size() - 1) + "\n" + line);
            } else {
                paragraph.add(line.strip());
            }
        }

        List<RawRow> finish() {
            flushParagraph();
            flushRow();
            return rows;
        }

        private void flushParagraph() {
            if (!paragraph.isEmpty()) {
                rows.add(RawRow.paragraph(String.join(" ", paragraph)));
                paragraph.clear();
            }
        }

        private void flushRow() {
            if (!cells.isEmpty()) {
                rows.add(RawRow.row(cells));
                cells.clear();
            }
        }
    }
}

package ru.hotline500.roadmap.parse;

import java.util.List;

/**
 * One piece of a document as a reader saw it: either a table row (cells in column order, text as found,
 * {@code <p>} tags and line breaks kept) or a paragraph outside any table (a title, a footnote, a page header).
 */
record RawRow(List<String> cells, boolean paragraph) {

    RawRow {
        cells = List.copyOf(cells);
    }

    static RawRow row(List<String> cells) {
        return new RawRow(cells, false);
    }

    static RawRow paragraph(String text) {
        return new RawRow(List.of(text), true);
    }

    String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    String text() {
        return String.join(" ", cells);
    }
}

package ru.hotline500.roadmap.parse;

import java.util.ArrayList;
import java.util.List;

/** What a row inside the roadmap table is, and what the interpreter does with it. */
enum RowKind {
    BLANK {
        @Override
        void accept(TableInterpreter table, RawRow row, ColumnLayout layout) {
            // nothing: rows of empty cells separate pages in PDF exports
        }
    },
    CONTINUATION {
        @Override
        void accept(TableInterpreter table, RawRow row, ColumnLayout layout) {
            String inNumberColumn = layout.has(ColumnRole.NUMBER) ? cleaned(row, layout, ColumnRole.NUMBER) : "";
            if (!inNumberColumn.isEmpty() && table.currentNumber() != null) {
                table.warn("Строка с «" + inNumberColumn + "» в графе номера не похожа на новый пункт: её текст добавлен к пункту "
                        + table.currentNumber() + ", проверьте его.");
            }
            table.continueItem(row);
        }
    },
    SECTION {
        @Override
        void accept(TableInterpreter table, RawRow row, ColumnLayout layout) {
            ItemNumber number = numberOf(row, layout);
            String title = number.rest().isEmpty()
                    ? ItemNumber.split(cleaned(row, layout, ColumnRole.ACTION)).rest()
                    : number.rest();
            table.startSection(number.present() ? number.number() : "", Cells.withoutFootnoteMarks(title));
        }
    },
    ITEM {
        @Override
        void accept(TableInterpreter table, RawRow row, ColumnLayout layout) {
            String number = layout.has(ColumnRole.NUMBER) ? numberOf(row, layout).number() : table.nextOrdinal();
            table.startItem(number, row);
        }
    },
    /**
     * A PDF page break glued the end of the previous item and the start of this one into one line: the first
     * {@code <p>} paragraph of each cell continues the previous item, the rest is this item.
     */
    MERGED {
        @Override
        void accept(TableInterpreter table, RawRow row, ColumnLayout layout) {
            int numberColumn = layout.index(ColumnRole.NUMBER);
            List<String> tail = new ArrayList<>();
            List<String> head = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                List<String> paragraphs = Cells.paragraphs(row.cell(i));
                boolean split = i != numberColumn && paragraphs.size() > 1;
                tail.add(i == numberColumn ? "" : split ? paragraphs.get(0) : row.cell(i));
                head.add(i == numberColumn ? row.cell(i) : split ? String.join("\n", paragraphs.subList(1, paragraphs.size())) : "");
            }
            String previous = table.currentNumber();
            table.continueItem(RawRow.row(tail));
            String number = numberOf(row, layout).number();
            table.warn("Строка пункта " + number + " в документе начинается с продолжения пункта " + previous
                    + " (склеенные при переносе страницы строки): разделено по абзацам, проверьте оба пункта.");
            table.startItem(number, RawRow.row(head));
        }
    };

    abstract void accept(TableInterpreter table, RawRow row, ColumnLayout layout);

    static RowKind of(RawRow row, ColumnLayout layout, boolean hasPrevious) {
        if (Cells.clean(row.text()).isEmpty()) {
            return BLANK;
        }
        if (!layout.has(ColumnRole.NUMBER)) {
            return Cells.clean(row.cell(0)).isEmpty() ? CONTINUATION : ITEM;
        }
        ItemNumber number = numberOf(row, layout);
        if (!number.present()) {
            return number.rest().isEmpty() || !detailsBlank(row, layout) ? CONTINUATION : SECTION;
        }
        if (number.topLevel() && detailsBlank(row, layout)
                && !(number.rest().isEmpty() && cleaned(row, layout, ColumnRole.ACTION).isEmpty())) {
            return SECTION;
        }
        return hasPrevious && continuesPrevious(row, layout) ? MERGED : ITEM;
    }

    private static boolean continuesPrevious(RawRow row, ColumnLayout layout) {
        List<String> paragraphs = Cells.paragraphs(row.cell(layout.index(ColumnRole.ACTION)));
        String first = Cells.clean(paragraphs.get(0));
        return paragraphs.size() > 1 && !first.isEmpty() && Character.isLowerCase(first.charAt(0));
    }

    private static boolean detailsBlank(RawRow row, ColumnLayout layout) {
        return cleaned(row, layout, ColumnRole.DEADLINE).isEmpty()
                && cleaned(row, layout, ColumnRole.RESPONSIBLE).isEmpty()
                && Cells.blankIfDash(cleaned(row, layout, ColumnRole.INDICATOR)).isEmpty();
    }

    static ItemNumber numberOf(RawRow row, ColumnLayout layout) {
        return ItemNumber.ofNumberCell(cleaned(row, layout, ColumnRole.NUMBER));
    }

    private static String cleaned(RawRow row, ColumnLayout layout, ColumnRole role) {
        return Cells.clean(row.cell(layout.index(role)));
    }
}

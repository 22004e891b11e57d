package ru.hotline500.roadmap.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks the rows of a document and collects the roadmap table: finds its header by column words, skips
 * header rows repeated after page breaks and tables of other kinds, turns numbered rows into items and
 * section rows into sections, and appends continuation rows (cells split over a page) to the item before.
 */
final class TableInterpreter {

    private final List<String> preamble = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();
    private final List<DraftSection> sections = new ArrayList<>();
    private final List<DraftItem> items = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private ColumnLayout layout;
    private List<String> headerCells = List.of();
    /** The row before was the header or a lower row of it: a header may go on over two or three rows. */
    private boolean underHeader;
    private boolean inTable;
    private DraftItem current;
    private DraftSection section;

    static DraftTable interpret(List<RawRow> rows) {
        TableInterpreter interpreter = new TableInterpreter();
        rows.forEach(interpreter::accept);
        return new DraftTable(interpreter.layout, interpreter.preamble, interpreter.paragraphs,
                interpreter.sections, interpreter.items, interpreter.warnings);
    }

    private void accept(RawRow row) {
        if (row.paragraph()) {
            (layout == null ? preamble : paragraphs).add(Cells.clean(row.text()));
            return;
        }
        boolean wasUnderHeader = underHeader;
        underHeader = false;
        Optional<ColumnLayout> header = ColumnLayout.ofHeader(row.cells());
        if (header.isPresent()) {
            layout = header.get();
            headerCells = row.cells();
            underHeader = true;
            inTable = true;
        } else if (inTable && wasUnderHeader && HeaderRows.numbersColumns(row.cells())) {
            warnOnce("Строка с номерами граф («1», «2», «3» …) под шапкой таблицы пропущена.");
        } else if (inTable && wasUnderHeader && HeaderRows.continuesHeader(row.cells(), layout)) {
            headerCells = HeaderRows.lowerCellsOver(headerCells, row.cells());
            layout = ColumnLayout.ofHeader(headerCells).orElse(layout);
            underHeader = true;
        } else if (inTable && ColumnLayout.looksLikeForeignHeader(row.cells())) {
            inTable = false;
        } else if (layout == null) {
            preamble.add(Cells.clean(row.text()));
        } else if (inTable) {
            RowKind.of(row, layout, current != null).accept(this, row, layout);
        }
    }

    void startSection(String number, String title) {
        section = new DraftSection(number, title);
        sections.add(section);
        current = null;
    }

    void startItem(String number, RawRow row) {
        DraftItem item = new DraftItem(number, section);
        layout.contentColumns().forEach(column -> item.append(column, row.cell(column)));
        if (item.isEmpty()) {
            warnings.add("Пункт " + number + " пустой (нет ни действия, ни срока) — пропущен.");
            return;
        }
        if (items.stream().anyMatch(other -> other.number().equals(number))) {
            warnings.add("Номер " + number + " встречается в таблице дважды (в Excel «3.10» в ячейке-числе становится 3.1): "
                    + "проверьте нумерацию пунктов.");
        }
        items.add(item);
        current = item;
    }

    void continueItem(RawRow row) {
        if (current == null) {
            if (!Cells.clean(row.text()).isEmpty()) {
                warnings.add("Строка без номера вне пункта пропущена: «" + abbreviate(Cells.clean(row.text())) + "».");
            }
            return;
        }
        layout.contentColumns().forEach(column -> current.append(column, row.cell(column)));
    }

    /** Rows of a layout without a number column get their place in the table as number. */
    String nextOrdinal() {
        return String.valueOf(items.size() + 1);
    }

    String currentNumber() {
        return current == null ? null : current.number();
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    /** For what repeats on every page with the header: said once. */
    private void warnOnce(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}

package ru.hotline500.roadmap.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows that go on a table's header: a lower row of a header over two or three rows (a group header «Исполнители»
 * over «Ответственные» and «Соисполнители», the cells above and beside it merged), and the row of column numbers
 * («1», «2», «3» …) that official tables put under the header.
 */
final class HeaderRows {

    private static final int LONGEST_HEADER_CELL = 60;

    private HeaderRows() {
    }

    /** «1», «2», «3» … in order, one per non-empty cell, at least three of them. */
    static boolean numbersColumns(List<String> cells) {
        List<String> filled = cells.stream().map(Cells::clean).filter(cell -> !cell.isEmpty()).toList();
        if (filled.size() < 3) {
            return false;
        }
        for (int i = 0; i < filled.size(); i++) {
            if (!filled.get(i).replaceAll("\\.$", "").equals(String.valueOf(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A row of short words without digits under the header, where the number, action and deadline cells are empty
     * (merged with the header's cells above them).
     */
    static boolean continuesHeader(List<String> cells, ColumnLayout layout) {
        boolean anyWord = false;
        for (int i = 0; i < cells.size(); i++) {
            String cell = Cells.clean(cells.get(i));
            if (cell.isEmpty()) {
                continue;
            }
            boolean keyColumn = i == layout.index(ColumnRole.NUMBER) || i == layout.index(ColumnRole.ACTION)
                    || i == layout.index(ColumnRole.DEADLINE);
            if (keyColumn || cell.length() > LONGEST_HEADER_CELL || cell.chars().anyMatch(Character::isDigit)) {
                return false;
            }
            anyWord = true;
        }
        return anyWord;
    }

    /** The header's cells with those the lower row names replaced by the lower row's (more exact) names. */
    static List<String> lowerCellsOver(List<String> header, List<String> lower) {
        List<String> merged = new ArrayList<>();
        for (int i = 0; i < Math.max(header.size(), lower.size()); i++) {
            String below = i < lower.size() ? Cells.clean(lower.get(i)) : "";
            merged.add(!below.isEmpty() ? below : i < header.size() ? header.get(i) : "");
        }
        return merged;
    }
}

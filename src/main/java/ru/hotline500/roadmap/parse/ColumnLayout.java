package ru.hotline500.roadmap.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which cell of a row holds which field, found from a header row. */
record ColumnLayout(Map<ColumnRole, Integer> columns, Map<Integer, String> extras, int width) {

    private static final int LONGEST_HEADER_CELL = 120;

    /** The layout a header row describes, or empty when the row is not a roadmap header (needs an action and a deadline column). */
    static Optional<ColumnLayout> ofHeader(List<String> cells) {
        Map<ColumnRole, Integer> columns = new EnumMap<>(ColumnRole.class);
        Map<Integer, String> extras = new java.util.TreeMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = Cells.clean(cells.get(i));
            if (cell.length() > LONGEST_HEADER_CELL) {
                return Optional.empty();
            }
            ColumnRole role = ColumnRole.of(cell);
            if (role != ColumnRole.EXTRA && !columns.containsKey(role)) {
                columns.put(role, i);
            } else if (!cell.isEmpty()) {
                extras.put(i, Cells.withoutFootnoteMarks(cell));
            }
        }
        boolean roadmap = columns.containsKey(ColumnRole.ACTION) && columns.containsKey(ColumnRole.DEADLINE);
        return roadmap ? Optional.of(new ColumnLayout(columns, extras, cells.size())) : Optional.empty();
    }

    /** True when the row looks like the header of some other table (a list of people, say). */
    static boolean looksLikeForeignHeader(List<String> cells) {
        return !cells.isEmpty() && Cells.clean(cells.get(0)).startsWith("№") && ofHeader(cells).isEmpty();
    }

    int index(ColumnRole role) {
        return columns.getOrDefault(role, -1);
    }

    boolean has(ColumnRole role) {
        return columns.containsKey(role);
    }

    /** Column indexes in order, for fields that continuation rows may extend. */
    List<Integer> contentColumns() {
        List<Integer> result = new ArrayList<>(columns.values());
        result.addAll(extras.keySet());
        result.removeIf(i -> i == index(ColumnRole.NUMBER));
        result.sort(null);
        return result;
    }
}

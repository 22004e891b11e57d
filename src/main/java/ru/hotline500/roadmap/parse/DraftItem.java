package ru.hotline500.roadmap.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An item while its row and continuation rows are being collected: raw fragments per column. */
final class DraftItem {

    private final String number;
    private final DraftSection section;
    private final Map<Integer, List<String>> fragments = new TreeMap<>();

    DraftItem(String number, DraftSection section) {
        this.number = number;
        this.section = section;
    }

    String number() {
        return number;
    }

    /** The section row above the item, {@code null} before the first one. */
    DraftSection section() {
        return section;
    }

    void append(int column, String raw) {
        if (column >= 0 && !raw.isBlank()) {
            fragments.computeIfAbsent(column, c -> new ArrayList<>()).add(raw);
        }
    }

    /** The column's fragments joined, still raw (tags, line breaks). */
    String raw(int column) {
        return String.join(" ", fragments.getOrDefault(column, List.of()));
    }

    boolean isEmpty() {
        return fragments.isEmpty();
    }
}

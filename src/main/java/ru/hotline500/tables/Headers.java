package ru.hotline500.tables;

import java.util.List;
import java.util.Locale;

/** Finding a table's columns by the words of their headers, whatever the case, spacing or ё. */
public final class Headers {

    /** A header row is looked for among this many first rows (a title and a blank line may come before it). */
    public static final int HEADER_ROWS = 10;

    private Headers() {
    }

    /** The first column whose header is one of the words or starts with one ("ФИО куратора"); -1 when none. */
    public static int find(List<String> header, String... words) {
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i).toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ").strip();
            for (String word : words) {
                if (cell.equals(word) || cell.startsWith(word + " ")) {
                    return i;
                }
            }
        }
        return -1;
    }
}

package ru.hotline500.tables;

import java.util.List;
import java.util.Locale;

/** Finding a table's columns by the words of their headers, whatever the case, spacing or ё. */
public final class Headers {

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

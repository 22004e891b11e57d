package ru.hotline500.roadmap.parse;

import java.util.List;
import java.util.Locale;

/** Finds a roadmap's own title among the paragraphs above its table. */
final class Titles {

    private static final int LONGEST_TITLE = 500;

    private Titles() {
    }

    /** The last paragraph before the table that names a roadmap or a plan of actions; {@code null} when none does. */
    static String find(List<String> preamble) {
        String title = null;
        for (String paragraph : preamble) {
            String lower = paragraph.toLowerCase(Locale.ROOT);
            boolean names = lower.contains("дорожн") || lower.contains("план мероприятий");
            if (names && paragraph.length() <= LONGEST_TITLE) {
                title = paragraph;
            }
        }
        return title == null ? null : Cells.withoutFootnoteMarks(title.replace("**", "")).replaceAll("\\s+", " ");
    }
}

package ru.hotline500.roadmap.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text clean-up shared by all readers: paragraph tags, footnote marks, stray whitespace. */
final class Cells {

    private static final Pattern TAG = Pattern.compile("</?p>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAGRAPH = Pattern.compile("<p>(.*?)</p>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FOOTNOTE_MARKS = Pattern.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰*]+");
    private static final Pattern EMPTY_MARK = Pattern.compile("[-–—]+");

    private Cells() {
    }

    /** Tags removed, whitespace (line breaks too) collapsed to one space, trimmed. */
    static String clean(String raw) {
        return SPACES.matcher(TAG.matcher(raw).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** Like {@link #clean} but each line of the cell becomes one list entry: "МОСО\nОМСУ" → "МОСО, ОМСУ". */
    static String cleanList(String raw) {
        List<String> parts = new ArrayList<>();
        for (String line : TAG.matcher(raw).replaceAll(" ").split("\n")) {
            String part = clean(line);
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (joined.length() > 0) {
                joined.append(endsWithSeparator(joined) ? " " : ", ");
            }
            joined.append(part);
        }
        return joined.toString();
    }

    private static boolean endsWithSeparator(CharSequence text) {
        char last = text.charAt(text.length() - 1);
        return last == ',' || last == ';';
    }

    /** A cell holding only a dash means "nothing here". */
    static String blankIfDash(String cleaned) {
        return EMPTY_MARK.matcher(cleaned).matches() ? "" : cleaned;
    }

    static String withoutFootnoteMarks(String cleaned) {
        return FOOTNOTE_MARKS.matcher(cleaned).replaceAll("").strip();
    }

    /** The {@code <p>} paragraphs of a raw cell; a cell without tags is one paragraph. */
    static List<String> paragraphs(String raw) {
        List<String> result = new ArrayList<>();
        Matcher matcher = PARAGRAPH.matcher(raw);
        while (matcher.find()) {
            result.add(matcher.group(1));
        }
        return result.isEmpty() ? List.of(raw) : result;
    }
}

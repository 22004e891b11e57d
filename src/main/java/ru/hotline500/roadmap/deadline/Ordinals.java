package ru.hotline500.roadmap.deadline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ordinal numbers 1-4 as written before "квартал", "полугодие", "декада": "II", "1-я", "первое", "последняя". */
final class Ordinals {

    /** Roman numeral, digits with an optional ending ("1", "1-я", "2-й", "3ий") or a word. */
    static final String REGEX = "(?:iv|i{1,3}|\\d{1,2}(?:-?(?:ый|ий|ой|ая|ое|го|й|я|е))?"
            + "|(?:перв|втор|трет|четверт|последн)[а-я]{0,4})";
    /** The value of "последняя", "последний": the last part, whichever number that is. */
    static final int LAST = Integer.MAX_VALUE;

    private static final Pattern LEADING_DIGITS = Pattern.compile("\\d+");
    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv");
    private static final List<String> WORD_STEMS = List.of("перв", "втор", "трет", "четверт");

    private Ordinals() {
    }

    /** Value of a token matched by {@link #REGEX}; {@link #LAST} for the last; 0 when it is not an ordinal. */
    static int value(String token) {
        if (token.startsWith("последн")) {
            return LAST;
        }
        if (ROMAN.contains(token)) {
            return ROMAN.indexOf(token) + 1;
        }
        Matcher digits = LEADING_DIGITS.matcher(token);
        if (digits.lookingAt()) {
            return Integer.parseInt(digits.group());
        }
        for (int i = 0; i < WORD_STEMS.size(); i++) {
            if (token.startsWith(WORD_STEMS.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}

package ru.hotline500.roadmap.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item or section number as written ("1. 9", "5. 5.", "1.6.", "1. Организационное сопровождение")
 * split into the normalised number ("1.9", "5.5", "1.6", "1") and the text after it.
 */
record ItemNumber(String number, String rest) {

    private static final Pattern LEADING_NUMBER =
            Pattern.compile("^(\\d{1,3}(?:\\s*\\.\\s*\\d{1,3})*)\\s*\\.?(?:\\s+|$)(.*)$", Pattern.DOTALL);

    /** Splits a cleaned cell; the number is {@code null} when the cell does not start with one. */
    static ItemNumber split(String cleaned) {
        Matcher matcher = LEADING_NUMBER.matcher(cleaned);
        if (!matcher.matches()) {
            return new ItemNumber(null, cleaned);
        }
        return new ItemNumber(matcher.group(1).replaceAll("\\s+", ""), matcher.group(2).strip());
    }

    boolean present() {
        return number != null;
    }

    /** "1" is top level, "1.2" is not. */
    boolean topLevel() {
        return number != null && number.indexOf('.') < 0;
    }
}

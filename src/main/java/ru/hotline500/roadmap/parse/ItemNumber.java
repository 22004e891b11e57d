package ru.hotline500.roadmap.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item or section number as written ("1. 9", "5. 5.", "1.6.", "1. Организационное сопровождение", or "4,1" from
 * a spreadsheet cell that holds it as a number) split into the normalised number ("1.9", "5.5", "1.6", "1", "4.1")
 * and the text after it.
 */
record ItemNumber(String number, String rest) {

    private static final Pattern LEADING_NUMBER =
            Pattern.compile("^(\\d{1,3}(?:\\s*\\.\\s*\\d{1,3})*)\\s*\\.?(?:\\s+|$)(.*)$", Pattern.DOTALL);
    /** "4,1": a number typed into a spreadsheet cell that took it for a decimal, shown the Russian way. */
    private static final Pattern DECIMAL_CELL = Pattern.compile("^(\\d{1,3}),(\\d{1,3})$");

    /** A section numbered the way orders number their parts: "II", "IV.", "III. Методическое сопровождение". */
    private static final Pattern ROMAN =
            Pattern.compile("^(?=[IVXLC])(C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\\s*\\.?(?:\\s+|$)(.*)$", Pattern.DOTALL);

    /**
     * Splits a cleaned cell of the number column, where a section may also have a Roman number and an item a number
     * the spreadsheet holds as a decimal.
     */
    static ItemNumber ofNumberCell(String cleaned) {
        Matcher roman = ROMAN.matcher(cleaned);
        if (roman.matches()) {
            return new ItemNumber(roman.group(1), roman.group(2).strip());
        }
        Matcher decimal = DECIMAL_CELL.matcher(cleaned);
        if (decimal.matches()) {
            return new ItemNumber(decimal.group(1) + "." + decimal.group(2), "");
        }
        return split(cleaned);
    }

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

package ru.hotline500.roadmap.deadline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as written, possibly without month or year: "27" (start of "27-28.01.2021"), "10.03.", "15.05",
 * "22.01.2021", "15 мая", "25 мая 2021".
 *
 * @param month {@code null} when not written
 * @param year  {@code null} when not written
 */
record PartialDate(int day, Integer month, Integer year) {

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})(?:\\.(\\d{1,2})(?:\\.(20\\d\\d))?)?\\.?");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2}) (" + MonthNames.REGEX + ")(?: (20\\d\\d))?");

    static Optional<PartialDate> parse(String text) {
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.matches()) {
            return fromNumbers(numeric);
        }
        Matcher words = WORDS.matcher(text);
        if (words.matches()) {
            return Optional.of(new PartialDate(Integer.parseInt(words.group(1)), MonthNames.month(words.group(2)),
                    Dates.integer(words.group(3))));
        }
        return Optional.empty();
    }

    boolean hasMonth() {
        return month != null;
    }

    private static Optional<PartialDate> fromNumbers(Matcher numeric) {
        String month = numeric.group(2);
        // Without a year only "15.05" counts as a date; "1.5" is more likely a number than the 1st of May.
        if (month != null && numeric.group(3) == null && month.length() != 2) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(Integer.parseInt(numeric.group(1)), Dates.integer(month),
                Dates.integer(numeric.group(3))));
    }
}

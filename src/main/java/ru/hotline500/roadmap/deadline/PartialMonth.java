package ru.hotline500.roadmap.deadline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month as written, possibly without a year: "декабрь 2021", "июнь", "сентября 2020".
 *
 * @param year {@code null} when not written
 */
record PartialMonth(int month, Integer year) {

    private static final Pattern MONTH = Pattern.compile("(" + MonthNames.REGEX + ")(?: (20\\d\\d))?");

    static Optional<PartialMonth> parse(String text) {
        Matcher matcher = MONTH.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PartialMonth(MonthNames.month(matcher.group(1)), Dates.integer(matcher.group(2))));
    }
}

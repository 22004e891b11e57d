package ru.hotline500.roadmap.deadline;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.hotline500.roadmap.DateWindow;
import ru.hotline500.roadmap.DeadlineKind;

/** Forms built from days: "22.01.2021", "27-28.01.2021", "с 10 марта по 2 апреля 2021", "до 15 мая". */
final class DateForms {

    private static final Pattern UNTIL = Pattern.compile("(?:до|не позднее|не позже) (.+)");
    private static final Pattern RANGE = Pattern.compile("с (.+) (?:по|до) (.+)|([^-]+)-([^-]+)");

    private DateForms() {
    }

    static Optional<Reading> exactDate(String text, Integer year) {
        return fullDate(text, year).map(day -> Reading.of(DeadlineKind.EXACT_DATE, DateWindow.day(day)));
    }

    static Optional<Reading> untilDate(String text, Integer year) {
        Matcher matcher = UNTIL.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return fullDate(matcher.group(1), year)
                .map(day -> Reading.of(DeadlineKind.UNTIL_DATE, DateWindow.until(day)));
    }

    static Optional<Reading> dateRange(String text, Integer year) {
        Matcher matcher = RANGE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        boolean withWords = matcher.group(1) != null;
        Optional<PartialDate> start = PartialDate.parse(matcher.group(withWords ? 1 : 3));
        Optional<PartialDate> end = PartialDate.parse(matcher.group(withWords ? 2 : 4));
        if (start.isEmpty() || end.isEmpty() || !end.get().hasMonth()) {
            return Optional.empty();
        }
        return range(start.get(), end.get(), year);
    }

    /** A day with its month written; the year may come from the roadmap. */
    static Optional<LocalDate> fullDate(String text, Integer year) {
        Optional<PartialDate> date = PartialDate.parse(text).filter(PartialDate::hasMonth);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        PartialDate day = date.get();
        return Dates.year(day.year(), year).flatMap(y -> Dates.date(y, day.month(), day.day()));
    }

    /** The start borrows a missing month and year from the end ("27-28.01.2021", "10.03.-02.04.2021"). */
    private static Optional<Reading> range(PartialDate start, PartialDate end, Integer year) {
        int startMonth = start.hasMonth() ? start.month() : end.month();
        // Only a written start month can mean the range crosses New Year ("28.12-15.01.2022").
        boolean wraps = start.hasMonth() && startMonth * 100 + start.day() > end.month() * 100 + end.day();
        Optional<Dates.YearSpan> years = Dates.rangeYears(start.year(), end.year(), wraps, year);
        if (years.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> from = Dates.date(years.get().start(), startMonth, start.day());
        Optional<LocalDate> to = Dates.date(years.get().end(), end.month(), end.day());
        if (from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())) {
            return Optional.empty();
        }
        return Optional.of(Reading.of(DeadlineKind.DATE_RANGE, new DateWindow(from.get(), to.get())));
    }
}

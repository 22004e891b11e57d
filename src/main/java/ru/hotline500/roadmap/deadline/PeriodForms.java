package ru.hotline500.roadmap.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.hotline500.roadmap.DateWindow;
import ru.hotline500.roadmap.DeadlineKind;

/** Parts of a year: "2022", "I квартал 2023", "II-III кварталы", "1 полугодие", "1-я декада марта". */
final class PeriodForms {

    private static final Pattern YEAR = Pattern.compile("20\\d\\d");
    private static final Pattern PART = Pattern.compile("(" + Ordinals.REGEX + ")(?:-(" + Ordinals.REGEX + "))? ?"
            + "(квартал[а-я]*|кв\\.?|полугоди[а-я]*|декад[а-я]*)"
            + "(?: (" + MonthNames.REGEX + "))?(?: (20\\d\\d))?");

    private PeriodForms() {
    }

    static Optional<Reading> bareYear(String text, Integer year) {
        if (!YEAR.matcher(text).matches()) {
            return Optional.empty();
        }
        int written = Integer.parseInt(text);
        return Optional.of(Reading.of(DeadlineKind.PERIOD,
                new DateWindow(LocalDate.of(written, 1, 1), LocalDate.of(written, 12, 31))));
    }

    /** Quarters, half-years and decades; a range such as "II-III кварталы" is one window. */
    static Optional<Reading> partOfYear(String text, Integer year) {
        Matcher matcher = PART.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String unit = matcher.group(3);
        int parts = unit.startsWith("декад") ? 3 : unit.startsWith("кв") ? 4 : 2;
        int first = lastAsNumber(Ordinals.value(matcher.group(1)), parts);
        int last = matcher.group(2) == null ? first : lastAsNumber(Ordinals.value(matcher.group(2)), parts);
        Optional<Integer> resolvedYear = Dates.year(Dates.integer(matcher.group(5)), year);
        if (resolvedYear.isEmpty() || first < 1 || last < first) {
            return Optional.empty();
        }
        String month = matcher.group(4);
        if (unit.startsWith("декад")) {
            return decades(first, last, month, resolvedYear.get());
        }
        int monthsPerPart = 12 / parts;
        if (month != null || last > 12 / monthsPerPart) {
            return Optional.empty();
        }
        int y = resolvedYear.get();
        return Optional.of(Reading.of(DeadlineKind.PERIOD,
                Dates.months(y, (first - 1) * monthsPerPart + 1, y, last * monthsPerPart)));
    }

    /** "последняя декада" is the third, "последний квартал" the fourth, "последнее полугодие" the second. */
    private static int lastAsNumber(int ordinal, int parts) {
        return ordinal == Ordinals.LAST ? parts : ordinal;
    }

    /** Decades are days 1-10, 11-20 and 21 to the end of the month. */
    private static Optional<Reading> decades(int first, int last, String monthWord, int year) {
        if (monthWord == null || last > 3) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.of(year, MonthNames.month(monthWord));
        LocalDate end = last == 3 ? month.atEndOfMonth() : month.atDay(last * 10);
        return Optional.of(Reading.of(DeadlineKind.PERIOD, new DateWindow(month.atDay((first - 1) * 10 + 1), end)));
    }
}

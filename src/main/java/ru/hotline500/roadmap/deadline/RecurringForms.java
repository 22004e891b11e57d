package ru.hotline500.roadmap.deadline;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.hotline500.roadmap.DateWindow;
import ru.hotline500.roadmap.DeadlineKind;

/** Repeating and externally scheduled forms: "ежемесячно", "до 1 числа каждого месяца", "последняя пятница месяца", "по графику". */
final class RecurringForms {

    private static final Pattern EVERY = Pattern.compile(
            "(ежемесячно|ежеквартально|еженедельно)" + PhraseForms.OPTIONAL_SCHEDULE);
    private static final Pattern MONTHLY_UNTIL = Pattern.compile(
            "(ежемесячно )?до (\\d{1,2})(?:-?го)? числа( каждого месяца)?");
    /** "последняя пятница месяца", "в последний четверг каждого месяца". */
    private static final Pattern LAST_WEEKDAY = Pattern.compile("(?:(?:в|каждую|каждый|каждое) )*последн(?:юю|яя|ий|ее|ой) "
            + "(понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье) (?:каждого )?месяца");
    private static final List<String> WEEKDAY_STEMS = List.of("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресенье");
    /**
     * A date someone else sets: "по графику", "по графику ФИОКО", "в сроки, установленные Минпросвещения России",
     * "в установленные сроки". Whoever sets it may be named after; a text with a number in it says more than that and
     * is left to the other forms.
     */
    private static final Pattern SCHEDULE = Pattern.compile("(?:(?:по|согласно) (?:отдельному )?(?:графику|плану)"
            + "|в (?:сроки,? (?:установленные|определенные|определяемые)|установленные сроки))(?:[ ,][^\\d]*)?");

    private RecurringForms() {
    }

    static Optional<Reading> recurring(String text, Integer year) {
        if (year == null) {
            return Optional.empty();
        }
        Matcher every = EVERY.matcher(text);
        if (every.matches()) {
            return Optional.of(every(every.group(1), year));
        }
        Matcher lastWeekday = LAST_WEEKDAY.matcher(text);
        if (lastWeekday.matches()) {
            return Optional.of(lastWeekdays(lastWeekday.group(1), year));
        }
        Matcher until = MONTHLY_UNTIL.matcher(text);
        // "до 5 числа" alone does not say which month, so one of the "every month" words is required.
        if (until.matches() && (until.group(1) != null || until.group(3) != null)) {
            return monthlyUntil(Integer.parseInt(until.group(2)), year);
        }
        return Optional.empty();
    }

    static Optional<Reading> bySchedule(String text, Integer year) {
        return SCHEDULE.matcher(text).matches() ? Optional.of(Reading.of(DeadlineKind.BY_SCHEDULE)) : Optional.empty();
    }

    private static Reading every(String period, int year) {
        // Weeks are too many to list, so "еженедельно" is answered with the whole year.
        int monthsPerWindow = switch (period) {
            case "ежемесячно" -> 1;
            case "ежеквартально" -> 3;
            default -> 12;
        };
        return consecutive(year, monthsPerWindow);
    }

    private static Reading consecutive(int year, int monthsPerWindow) {
        List<DateWindow> windows = new ArrayList<>();
        for (int month = 1; month <= 12; month += monthsPerWindow) {
            windows.add(Dates.months(year, month, year, month + monthsPerWindow - 1));
        }
        return new Reading(DeadlineKind.RECURRING, windows);
    }

    /** The day of each month of the year that is that month's last Monday, Tuesday … */
    private static Reading lastWeekdays(String weekday, int year) {
        int stem = 0;
        while (!weekday.startsWith(WEEKDAY_STEMS.get(stem))) {
            stem++;
        }
        DayOfWeek day = DayOfWeek.of(stem + 1);
        List<DateWindow> windows = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            windows.add(DateWindow.day(YearMonth.of(year, month).atEndOfMonth().with(TemporalAdjusters.previousOrSame(day))));
        }
        return new Reading(DeadlineKind.RECURRING, windows);
    }

    /** A day missing from a short month ("до 30 числа" in February) means that month's last day. */
    private static Optional<Reading> monthlyUntil(int day, int year) {
        if (day < 1 || day > 31) {
            return Optional.empty();
        }
        List<DateWindow> windows = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth yearMonth = YearMonth.of(year, month);
            windows.add(DateWindow.until(yearMonth.atDay(Math.min(day, yearMonth.lengthOfMonth()))));
        }
        return Optional.of(new Reading(DeadlineKind.RECURRING, windows));
    }
}

package ru.hotline500.roadmap.deadline;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.hotline500.roadmap.DateWindow;
import ru.hotline500.roadmap.DeadlineKind;

/** Worded forms: "на постоянной основе с сентября 2020", "постоянно", "в течение года", "2021/2022 учебный год". */
final class PhraseForms {

    /** "по графику" after a whole year only says the dates inside it are set elsewhere. */
    static final String OPTIONAL_SCHEDULE = "(?: по (?:отдельному )?графику)?";

    private static final Pattern ALWAYS = Pattern.compile("постоянно|на постоянной основе");
    private static final Pattern SINCE = Pattern.compile("(?:на постоянной основе |постоянно )?с (.+)");
    private static final Pattern WHOLE_YEAR = Pattern.compile(
            "в течени[еи] (года|учебного года|20\\d\\d)" + OPTIONAL_SCHEDULE);
    private static final Pattern ACADEMIC_YEAR = Pattern.compile(
            "(?:в (?:течени[еи] )?)?(20\\d\\d)[-/](20\\d\\d) учебн(?:ый|ого|ом) год[ау]?");

    private PhraseForms() {
    }

    static Optional<Reading> continuous(String text, Integer year) {
        if (ALWAYS.matcher(text).matches()) {
            return Optional.of(Reading.of(DeadlineKind.CONTINUOUS, new DateWindow(null, null)));
        }
        Matcher since = SINCE.matcher(text);
        if (!since.matches()) {
            return Optional.empty();
        }
        return firstDay(since.group(1), year)
                .map(start -> Reading.of(DeadlineKind.CONTINUOUS, new DateWindow(start, null)));
    }

    static Optional<Reading> wholeYear(String text, Integer year) {
        Matcher matcher = WHOLE_YEAR.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String period = matcher.group(1);
        if (period.equals("учебного года")) {
            return Optional.ofNullable(year).map(y -> academicYear(y - 1));
        }
        Integer written = period.equals("года") ? null : Integer.valueOf(period);
        return Dates.year(written, year).map(y -> Reading.of(DeadlineKind.WHOLE_YEAR,
                new DateWindow(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))));
    }

    static Optional<Reading> academicYear(String text, Integer year) {
        Matcher matcher = ACADEMIC_YEAR.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = Integer.parseInt(matcher.group(2));
        return end == start + 1 ? Optional.of(academicYear(start)) : Optional.empty();
    }

    /** A school year runs from 1 September to 31 May. */
    private static Reading academicYear(int startYear) {
        return Reading.of(DeadlineKind.WHOLE_YEAR,
                new DateWindow(LocalDate.of(startYear, 9, 1), LocalDate.of(startYear + 1, 5, 31)));
    }

    /** "сентября 2020" starts on the 1st; "1 марта 2021" on that day. */
    private static Optional<LocalDate> firstDay(String text, Integer year) {
        Optional<PartialMonth> month = PartialMonth.parse(text);
        if (month.isPresent()) {
            return Dates.year(month.get().year(), year).flatMap(y -> Dates.date(y, month.get().month(), 1));
        }
        return DateForms.fullDate(text, year);
    }
}

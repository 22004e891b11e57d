package ru.hotline500.roadmap.deadline;

import java.util.Optional;

import ru.hotline500.roadmap.DeadlineKind;

/** Whole months: "декабрь 2021", "июнь", "январь-февраль 2022", "Декабрь 2021 - январь 2022". */
final class MonthForms {

    private MonthForms() {
    }

    static Optional<Reading> months(String text, Integer year) {
        String[] ends = text.split("-", -1);
        if (ends.length == 1) {
            return PartialMonth.parse(text).flatMap(month -> Dates.year(month.year(), year)
                    .map(y -> Reading.of(DeadlineKind.MONTHS, Dates.month(y, month.month()))));
        }
        Optional<PartialMonth> start = PartialMonth.parse(ends[0]);
        Optional<PartialMonth> end = ends.length == 2 ? PartialMonth.parse(ends[1]) : Optional.empty();
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        return range(start.get(), end.get(), year);
    }

    private static Optional<Reading> range(PartialMonth start, PartialMonth end, Integer year) {
        boolean wraps = start.month() > end.month();
        return Dates.rangeYears(start.year(), end.year(), wraps, year)
                .filter(years -> years.start() * 12 + start.month() <= years.end() * 12 + end.month())
                .map(years -> Reading.of(DeadlineKind.MONTHS,
                        Dates.months(years.start(), start.month(), years.end(), end.month())));
    }
}

package ru.hotline500.roadmap;

import java.time.LocalDate;

/**
 * One period in which a roadmap action is due, both ends inclusive.
 * A {@code null} start means "until the end" ("до 15 апреля"); a {@code null} end means open-ended
 * ("на постоянной основе с сентября 2020"); both {@code null} means always ("постоянно").
 */
public record DateWindow(LocalDate start, LocalDate end) {

    public DateWindow {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("window ends before it starts: " + start + " – " + end);
        }
    }

    public static DateWindow day(LocalDate day) {
        return new DateWindow(day, day);
    }

    public static DateWindow until(LocalDate end) {
        return new DateWindow(null, end);
    }

    /** True when the window shares at least one day with [from, to]. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (start == null || !start.isAfter(to)) && (end == null || !end.isBefore(from));
    }
}

package ru.hotline500.roadmap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

/**
 * The one definition of where an item stands in time, shared by answers, digests and reminders:
 * <ul>
 * <li><b>ongoing</b>: it runs through the year rather than falling due at a time — "в течение года", "на постоянной
 * основе", "ежемесячно", or a window longer than a quarter ("март–декабрь");</li>
 * <li><b>due</b> between two days: one of its windows ends on one of them;</li>
 * <li><b>passed</b> on a day: every one of its windows ended before it;</li>
 * <li><b>active</b> in a period: one of its windows shares a day with it ("до 15 апреля" is the day 15 April).</li>
 * </ul>
 */
public final class Windows {

    /** Windows longer than this many days are ongoing work rather than a term. */
    public static final int LONGEST_TERM_DAYS = 92;
    /** "Что горит": deadlines from today to this many days ahead. */
    public static final int URGENT_DAYS = 7;

    private static final Set<DeadlineKind> ONGOING_KINDS = Set.of(DeadlineKind.WHOLE_YEAR, DeadlineKind.CONTINUOUS,
            DeadlineKind.RECURRING);

    private Windows() {
    }

    public static boolean ongoing(Deadline deadline) {
        return ONGOING_KINDS.contains(deadline.kind()) || deadline.windows().stream().anyMatch(Windows::longerThanATerm);
    }

    /** The first day in [from, to] on which one of its windows ends. */
    public static Optional<LocalDate> dueBetween(Deadline deadline, LocalDate from, LocalDate to) {
        return deadline.ends().stream().filter(end -> !end.isBefore(from) && !end.isAfter(to)).findFirst();
    }

    /** Every window ended before today (an item without dates never has). */
    public static boolean passed(Deadline deadline, LocalDate today) {
        return !deadline.windows().isEmpty() && deadline.windows().stream().allMatch(w -> w.end() != null && w.end().isBefore(today));
    }

    /** One of its windows shares a day with [from, to]; a window "until a day" is that day. */
    public static boolean activeIn(Deadline deadline, LocalDate from, LocalDate to) {
        return deadline.windows().stream().anyMatch(w -> (w.start() == null && w.end() != null)
                ? !w.end().isBefore(from) && !w.end().isAfter(to)
                : w.overlaps(from, to));
    }

    private static boolean longerThanATerm(DateWindow window) {
        return window.start() == null || window.end() == null
                ? window.start() != null || window.end() == null
                : ChronoUnit.DAYS.between(window.start(), window.end()) + 1 > LONGEST_TERM_DAYS;
    }
}

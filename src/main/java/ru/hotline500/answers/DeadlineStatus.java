package ru.hotline500.answers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import ru.hotline500.roadmap.DateWindow;
import ru.hotline500.roadmap.Deadline;

/** Where a deadline stands against today: "осталось 5 дней", "идёт сейчас, до конца 31 день", "срок прошёл 3 дня назад". */
final class DeadlineStatus {

    private DeadlineStatus() {
    }

    /** With several terms, one of which has passed: "срок прошёл 20 дней назад; следующий — осталось 163 дня". */
    static Optional<String> of(Deadline deadline, LocalDate today) {
        Optional<DateWindow> relevant = relevant(deadline, today);
        Optional<DateWindow> passed = deadline.windows().stream().filter(w -> w.end() != null && w.end().isBefore(today))
                .reduce((first, second) -> second);
        if (relevant.isPresent() && passed.isPresent() && !relevant.get().equals(passed.get())) {
            return Optional.of(describe(passed.get(), today) + "; следующий — " + describe(relevant.get(), today));
        }
        return relevant.map(window -> describe(window, today));
    }

    /** The window that matters today: the first not yet over, else the last one. */
    static Optional<DateWindow> relevant(Deadline deadline, LocalDate today) {
        DateWindow last = null;
        for (DateWindow window : deadline.windows()) {
            if (window.end() == null || !window.end().isBefore(today)) {
                return Optional.of(window);
            }
            last = window;
        }
        return Optional.ofNullable(last);
    }

    private static String describe(DateWindow window, LocalDate today) {
        if (window.end() == null) {
            return window.start() == null || !window.start().isAfter(today) ? "идёт постоянно"
                    : "начнётся через " + RussianDates.days(ChronoUnit.DAYS.between(today, window.start()));
        }
        long toEnd = ChronoUnit.DAYS.between(today, window.end());
        if (toEnd < 0) {
            return "срок прошёл " + RussianDates.days(-toEnd) + " назад";
        }
        if (toEnd == 0) {
            return "сегодня последний день";
        }
        boolean running = window.start() != null && window.start().isBefore(window.end()) && !window.start().isAfter(today);
        return running ? "идёт сейчас, до конца " + RussianDates.days(toEnd) : "осталось " + RussianDates.days(toEnd);
    }

    /** The day a deadline is due for sorting: end of the relevant window, far future when open. */
    static LocalDate dueDay(Deadline deadline, LocalDate today) {
        return relevant(deadline, today).map(w -> w.end() == null ? LocalDate.MAX : w.end()).orElse(LocalDate.MAX);
    }
}

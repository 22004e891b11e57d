package ru.hotline500.answers;

import java.time.LocalDate;
import java.util.stream.Collectors;
import ru.hotline500.roadmap.DateWindow;
import ru.hotline500.roadmap.Deadline;
import ru.hotline500.roadmap.DeadlineKind;

/** Dates and deadlines in Russian words, built only from the windows a roadmap states. */
final class RussianDates {

    private static final String[] GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря"};
    private static final String[] NOMINATIVE = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
            "сентябрь", "октябрь", "ноябрь", "декабрь"};

    private RussianDates() {
    }

    static String monthGenitive(int month) {
        return GENITIVE[month - 1];
    }

    /** "25 мая 2021". */
    static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + GENITIVE[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "до 15 апреля 2021", "февраль – май 2022", "25 мая 2021"; the roadmap's own text where windows say little. */
    static String deadline(Deadline deadline) {
        DeadlineKind kind = deadline.kind();
        if (kind == DeadlineKind.UNKNOWN || kind == DeadlineKind.BY_SCHEDULE || kind == DeadlineKind.RECURRING
                || deadline.windows().isEmpty()) {
            return "«" + deadline.text() + "»";
        }
        if (kind == DeadlineKind.WHOLE_YEAR || kind == DeadlineKind.CONTINUOUS) {
            return deadline.text().toLowerCase(java.util.Locale.ROOT) + " (" + windows(deadline) + ")";
        }
        return windows(deadline);
    }

    private static String windows(Deadline deadline) {
        boolean months = deadline.kind() == DeadlineKind.MONTHS || deadline.kind() == DeadlineKind.SEVERAL;
        return deadline.windows().stream().map(w -> window(w, months)).collect(Collectors.joining(", "));
    }

    static String window(DateWindow window, boolean wholeMonths) {
        if (window.start() == null && window.end() == null) {
            return "постоянно";
        }
        if (window.start() == null) {
            return "до " + date(window.end());
        }
        if (window.end() == null) {
            return "с " + date(window.start());
        }
        if (window.start().equals(window.end())) {
            return date(window.start());
        }
        if (wholeMonths && isWholeMonths(window)) {
            return months(window);
        }
        return dayRange(window.start(), window.end());
    }

    private static boolean isWholeMonths(DateWindow window) {
        return window.start().getDayOfMonth() == 1
                && window.end().getDayOfMonth() == window.end().lengthOfMonth();
    }

    /** "май 2022", "февраль – май 2022", "декабрь 2021 – январь 2022". */
    private static String months(DateWindow window) {
        LocalDate start = window.start();
        LocalDate end = window.end();
        String last = NOMINATIVE[end.getMonthValue() - 1] + " " + end.getYear();
        if (start.getMonthValue() == end.getMonthValue() && start.getYear() == end.getYear()) {
            return last;
        }
        String first = NOMINATIVE[start.getMonthValue() - 1] + (start.getYear() == end.getYear() ? "" : " " + start.getYear());
        return first + " – " + last;
    }

    /** "27–28 января 2021", "10 марта – 2 апреля 2021". */
    private static String dayRange(LocalDate start, LocalDate end) {
        if (start.getYear() != end.getYear()) {
            return date(start) + " – " + date(end);
        }
        if (start.getMonthValue() == end.getMonthValue()) {
            return start.getDayOfMonth() + "–" + date(end);
        }
        return start.getDayOfMonth() + " " + GENITIVE[start.getMonthValue() - 1] + " – " + date(end);
    }

    /** "1 день", "3 дня", "11 дней". */
    static String days(long count) {
        long n = Math.abs(count);
        String word = (n % 10 == 1 && n % 100 != 11) ? "день"
                : (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) ? "дня" : "дней";
        return n + " " + word;
    }
}

package ru.hotline500.visits;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A stage of the programme's year, as the roadmaps set them: the first stage's visits, monitoring and expertise in
 * spring, the second's in autumn. The second stage starts on the day given in the settings (1 August by default).
 */
public record Stage(int year, int number, LocalDate from, LocalDate to) {

    public static Stage of(LocalDate date, MonthDay secondStarts) {
        LocalDate second = secondStarts.atYear(date.getYear());
        return date.isBefore(second) ? new Stage(date.getYear(), 1, LocalDate.of(date.getYear(), 1, 1), second.minusDays(1))
                : new Stage(date.getYear(), 2, second, LocalDate.of(date.getYear(), 12, 31));
    }

    public static Stage of(int year, int number, MonthDay secondStarts) {
        if (number != 1 && number != 2) {
            throw new IllegalArgumentException("a stage is 1 or 2, not " + number);
        }
        return of(number == 1 ? LocalDate.of(year, 1, 1) : secondStarts.atYear(year), secondStarts);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** "1 этап 2021 года". */
    public String label() {
        return number + " этап " + year + " года";
    }
}

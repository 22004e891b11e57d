package ru.hotline500.answers;

import java.time.LocalDate;

/** The days a question asks about, both ends included. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts: " + from + " – " + to);
        }
    }
}

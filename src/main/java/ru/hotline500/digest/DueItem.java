package ru.hotline500.digest;

import java.time.LocalDate;
import java.util.Objects;

/** A roadmap item in a digest: its number, action, responsible and the day its (next or last) window ends. */
public record DueItem(String number, String action, String responsible, LocalDate until) {

    public DueItem {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(until, "until");
    }
}

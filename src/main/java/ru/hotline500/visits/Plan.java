package ru.hotline500.visits;

import java.time.LocalDate;
import java.util.Objects;
import ru.hotline500.people.SchoolRef;

/** A planned visit as the others see it; {@code overdue} once it went unconfirmed two days past its date. */
public record Plan(long id, long curatorId, SchoolRef school, LocalDate date, boolean overdue) {

    public Plan {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(date, "date");
    }
}

package ru.hotline500.visits;

import java.time.LocalDate;
import java.util.Objects;
import ru.hotline500.people.SchoolRef;

/** A confirmed visit as the others see it; a withdrawn one stays in history. */
public record Visit(long id, long curatorId, SchoolRef school, LocalDate date, VisitPurpose purpose, String comment,
                    boolean withdrawn) {

    public Visit {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(purpose, "purpose");
    }
}

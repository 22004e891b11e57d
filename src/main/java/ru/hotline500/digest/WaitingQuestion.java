package ru.hotline500.digest;

import java.time.LocalDate;
import java.util.Objects;

/** A question handed to the coordinators and still without an answer: since when (local day), who asked, from where. */
public record WaitingQuestion(LocalDate since, String askerName, String askerFrom, String question) {

    public WaitingQuestion {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(askerName, "askerName");
        Objects.requireNonNull(askerFrom, "askerFrom");
        Objects.requireNonNull(question, "question");
    }
}

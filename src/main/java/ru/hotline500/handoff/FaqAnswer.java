package ru.hotline500.handoff;

import java.time.LocalDate;
import java.util.Objects;

/** A standing answer of a territory: the question it was given to, the coordinator's answer, who and when. */
public record FaqAnswer(long id, String territoryId, String question, String answer, String answeredBy, LocalDate answeredOn) {

    public FaqAnswer {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(answeredBy, "answeredBy");
        Objects.requireNonNull(answeredOn, "answeredOn");
    }
}

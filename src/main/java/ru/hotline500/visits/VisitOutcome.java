package ru.hotline500.visits;

/** How a confirmation, correction or withdrawal ended. */
public sealed interface VisitOutcome {

    /** Done and stored; {@code alreadyKnown} when the same visit had been confirmed before (nothing new stored). */
    record Done(Visit visit, boolean alreadyKnown) implements VisitOutcome {
    }

    record Refused(Refusal reason) implements VisitOutcome {
    }
}

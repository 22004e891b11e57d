package ru.hotline500.visits;

/** How adding a planned visit ended. */
public sealed interface PlanOutcome {

    /** Stored; {@code alreadyKnown} when the same plan was there before. */
    record Planned(Plan plan, boolean alreadyKnown) implements PlanOutcome {
    }

    record Refused(Refusal reason) implements PlanOutcome {
    }
}

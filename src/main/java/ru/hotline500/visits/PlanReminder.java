package ru.hotline500.visits;

import java.util.Objects;

/**
 * A reminder due to a curator: the day before a planned visit ({@link Kind#BEFORE}) or two days after one not
 * confirmed ({@link Kind#AFTER}).
 */
public record PlanReminder(Plan plan, Kind kind, long telegramUserId) {

    public enum Kind { BEFORE, AFTER }

    public PlanReminder {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(kind, "kind");
    }
}

package ru.hotline500.reminders;

import java.time.LocalDate;

/**
 * An item a person asked to be reminded of.
 *
 * @param until         the next day one of its windows ends
 * @param threeDaysAhead whether a reminder comes three days before that day too (not when the day is nearer)
 * @param already       whether they had asked for it before
 */
public record ItemRemembered(ItemRef ref, String action, LocalDate until, boolean threeDaysAhead, boolean already) {

    /** The morning of the reminder three days ahead. */
    public LocalDate threeDaysBefore() {
        return until.minusDays(ReminderItem.Kind.THREE_DAYS_BEFORE.daysBefore());
    }
}

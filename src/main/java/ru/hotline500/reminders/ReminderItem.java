package ru.hotline500.reminders;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One item a person is reminded of this morning.
 *
 * @param until       the day its window ends
 * @param responsible as the roadmap says, "" when it does not
 * @param source      "Дорожная карта Дубовского района на 2021 год, п. 5"
 */
public record ReminderItem(ItemRef ref, Kind kind, LocalDate until, String action, String responsible, String source) {

    /** Three days before the day, or on the day itself. */
    public enum Kind {
        THREE_DAYS_BEFORE(3), ON_THE_DAY(0);

        private final int daysBefore;

        Kind(int daysBefore) {
            this.daysBefore = daysBefore;
        }

        public int daysBefore() {
            return daysBefore;
        }
    }

    public ReminderItem {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(until, "until");
    }
}

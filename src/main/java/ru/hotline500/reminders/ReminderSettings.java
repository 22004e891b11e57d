package ru.hotline500.reminders;

import java.util.List;

/**
 * A person's reminders as they see them in /remind.
 *
 * @param role        whose items they are reminded of; null when they never turned reminders on
 * @param territoryId whose roadmaps; null when they never turned reminders on
 * @param items       the single items they asked for, oldest first
 */
public record ReminderSettings(boolean enabled, ReminderRole role, String territoryId, List<Remembered> items) {

    public ReminderSettings {
        items = List.copyOf(items);
    }

    /**
     * A single item asked for.
     *
     * @param id     the reminder's id (to drop it)
     * @param action the item's action, "" when the roadmap no longer has that item
     */
    public record Remembered(long id, ItemRef ref, String action) {
    }
}

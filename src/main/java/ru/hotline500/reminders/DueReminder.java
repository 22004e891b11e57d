package ru.hotline500.reminders;

import java.time.LocalDate;
import java.util.List;

/** What one person is reminded of on one local morning: sent as one message, however many items. */
public record DueReminder(long userId, LocalDate day, List<ReminderItem> items) {

    public DueReminder {
        items = List.copyOf(items);
    }
}

package ru.hotline500.telegram.reminders;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.hotline500.reminders.Reminders;
import ru.hotline500.telegram.TerritoryChosen;

/** A person's deadline reminders, if they have any, follow the territory they now ask about. */
@Component
class RemindersFollowTerritory {

    private final Reminders reminders;

    RemindersFollowTerritory(Reminders reminders) {
        this.reminders = reminders;
    }

    @EventListener
    void chosen(TerritoryChosen choice) {
        reminders.follow(choice.telegramUserId(), choice.territoryId());
    }
}

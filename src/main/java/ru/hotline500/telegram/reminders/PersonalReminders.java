package ru.hotline500.telegram.reminders;

import java.time.Clock;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.hotline500.reminders.DueReminder;
import ru.hotline500.reminders.ReminderItem;
import ru.hotline500.reminders.ReminderSchedule;
import ru.hotline500.telegram.Askers;
import ru.hotline500.telegram.BotSchedule;
import ru.hotline500.telegram.ChatRef;
import ru.hotline500.telegram.ClaimedSends;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.outbox.OutboxMessage;

/**
 * Sends the personal deadline reminders that are due: one message per person and morning, its items claimed in the
 * transaction that puts it into the outbox, so a restart neither repeats nor loses one.
 */
@Component
public class PersonalReminders {

    private final ReminderSchedule schedule;
    private final ClaimedSends sends;
    private final Askers askers;
    private final Clock clock;

    PersonalReminders(ReminderSchedule schedule, ClaimedSends sends, Askers askers, Clock clock) {
        this.schedule = schedule;
        this.sends = sends;
        this.askers = askers;
        this.clock = clock;
    }

    /** Every minute while the bot runs on Telegram ({@link BotSchedule}). */
    @Scheduled(initialDelayString = "${hotline.reminders.check:PT1M}", fixedDelayString = "${hotline.reminders.check:PT1M}")
    void sendDueNow() {
        BotSchedule.run("Deadline reminders", this::sendDue);
    }

    /** Returns what was put into the outbox. */
    public List<OutboxMessage> sendDue() {
        return sends.each(schedule.due(clock.instant()), due -> {
            List<ReminderItem> claimed = schedule.claim(due, clock.instant());
            return claimed.isEmpty() ? List.of() : List.of(message(new DueReminder(due.userId(), due.day(), claimed)));
        }, due -> "deadline reminder for " + due.day() + " (" + due.items().size() + " items) to user " + due.userId());
    }

    private Outgoing.Message message(DueReminder due) {
        String territory = askers.territory(due.items().get(0).ref().territoryId()).map(askers::describe).orElse("");
        return Outgoing.Message.text(ChatRef.privateChat(due.userId()), ReminderTexts.reminder(due, territory));
    }
}

package ru.hotline500.telegram.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.hotline500.telegram.BotSchedule;
import ru.hotline500.telegram.Button;
import ru.hotline500.telegram.ButtonKind;
import ru.hotline500.telegram.ChatRef;
import ru.hotline500.telegram.ClaimedSends;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.outbox.OutboxMessage;
import ru.hotline500.territory.Territories;
import ru.hotline500.visits.PlanReminder;
import ru.hotline500.visits.VisitPlans;

/**
 * Sends the visit reminders that are due, each in its own transaction with its claim: a reminder is marked sent and
 * put into the outbox together, so a restart neither repeats nor loses it.
 */
@Component
public class VisitReminders {

    private final VisitPlans plans;
    private final ClaimedSends sends;
    private final Territories territories;
    private final Clock clock;

    VisitReminders(VisitPlans plans, ClaimedSends sends, Territories territories, Clock clock) {
        this.plans = plans;
        this.sends = sends;
        this.territories = territories;
        this.clock = clock;
    }

    /** Every minute while the bot runs on Telegram ({@link BotSchedule}). */
    @Scheduled(initialDelayString = "${hotline.visits.reminder-check:PT1M}", fixedDelayString = "${hotline.visits.reminder-check:PT1M}")
    void sendDueNow() {
        BotSchedule.run("Visit reminders", this::sendDue);
    }

    /** Returns what was put into the outbox. */
    public List<OutboxMessage> sendDue() {
        return sends.each(plans.dueReminders(), reminder -> plans.claim(reminder) ? List.of(message(reminder)) : List.of(),
                reminder -> "visit reminder " + reminder.kind() + " for plan " + reminder.plan().id() + " to user " + reminder.telegramUserId());
    }

    private Outgoing.Message message(PlanReminder reminder) {
        LocalDate today = LocalDate.now(clock.withZone(territories.get(reminder.plan().school().territoryId()).timeZone()));
        String text = reminder.kind() == PlanReminder.Kind.BEFORE ? VisitTexts.remindBefore(reminder.plan(), today)
                : VisitTexts.remindAfter(reminder.plan());
        return new Outgoing.Message(ChatRef.privateChat(reminder.telegramUserId()), text,
                List.of(List.of(Button.callback(VisitTexts.NEW_VISIT, ButtonKind.VISIT_FROM_PLAN.data(reminder.plan().id())))), null);
    }
}

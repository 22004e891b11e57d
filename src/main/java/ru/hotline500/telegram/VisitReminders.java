package ru.hotline500.telegram;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.hotline500.territory.Territories;
import ru.hotline500.telegram.outbox.Outbox;
import ru.hotline500.telegram.outbox.OutboxMessage;
import ru.hotline500.visits.PlanReminder;
import ru.hotline500.visits.VisitPlans;

/**
 * Sends the visit reminders that are due, each in its own transaction with its claim: a reminder is marked sent and
 * put into the outbox together, so a restart neither repeats nor loses it.
 */
@Component
class VisitReminders {

    private static final Logger log = LoggerFactory.getLogger(VisitReminders.class);

    private final VisitPlans plans;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Territories territories;
    private final Clock clock;

    VisitReminders(VisitPlans plans, Outbox outbox, TransactionTemplate transactions, Territories territories, Clock clock) {
        this.plans = plans;
        this.outbox = outbox;
        this.transactions = transactions;
        this.territories = territories;
        this.clock = clock;
    }

    /** Returns what was put into the outbox. */
    List<OutboxMessage> sendDue() {
        List<OutboxMessage> sent = new ArrayList<>();
        for (PlanReminder reminder : plans.dueReminders()) {
            List<OutboxMessage> stored = transactions.execute(status -> plans.claim(reminder) ? outbox.store(List.of(message(reminder))) : List.of());
            if (stored != null && !stored.isEmpty()) {
                sent.addAll(stored);
                log.info("Visit reminder {} for plan {} sent to user {}", reminder.kind(), reminder.plan().id(), reminder.telegramUserId());
            }
        }
        return sent;
    }

    private Outgoing.Message message(PlanReminder reminder) {
        LocalDate today = LocalDate.now(clock.withZone(territories.get(reminder.plan().school().territoryId()).timeZone()));
        String text = reminder.kind() == PlanReminder.Kind.BEFORE ? VisitTexts.remindBefore(reminder.plan(), today)
                : VisitTexts.remindAfter(reminder.plan());
        return new Outgoing.Message(ChatRef.privateChat(reminder.telegramUserId()), text,
                List.of(List.of(Button.callback(VisitTexts.NEW_VISIT, VisitList.FROM_PLAN + reminder.plan().id()))), null);
    }
}

package ru.hotline500.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Looks for due visit reminders every few minutes while the bot runs on Telegram; the work is {@link VisitReminders}'. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("'${hotline.telegram.token:}'.trim() != ''")
class VisitReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(VisitReminderSchedule.class);

    private final VisitReminders reminders;

    VisitReminderSchedule(VisitReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "${hotline.visits.reminder-check:PT1M}", fixedDelayString = "${hotline.visits.reminder-check:PT1M}")
    void check() {
        try {
            reminders.sendDue();
        } catch (RuntimeException e) {
            log.error("Visit reminders not sent this time: {}", e.toString(), e);
        }
    }
}

package ru.hotline500.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * While the bot runs on Telegram: looks for due visit reminders, scheduled digests and personal deadline reminders
 * every minute; the work is {@link VisitReminders}', {@link DigestSender}'s and {@link PersonalReminders}'.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("'${hotline.telegram.token:}'.trim() != ''")
class BotSchedule {

    private static final Logger log = LoggerFactory.getLogger(BotSchedule.class);

    private final VisitReminders reminders;
    private final DigestSender digests;
    private final PersonalReminders deadlines;

    BotSchedule(VisitReminders reminders, DigestSender digests, PersonalReminders deadlines) {
        this.reminders = reminders;
        this.digests = digests;
        this.deadlines = deadlines;
    }

    @Scheduled(initialDelayString = "${hotline.reminders.check:PT1M}", fixedDelayString = "${hotline.reminders.check:PT1M}")
    void deadlines() {
        try {
            deadlines.sendDue();
        } catch (RuntimeException e) {
            log.error("Deadline reminders not sent this time: {}", e.toString(), e);
        }
    }

    @Scheduled(initialDelayString = "${hotline.visits.reminder-check:PT1M}", fixedDelayString = "${hotline.visits.reminder-check:PT1M}")
    void check() {
        try {
            reminders.sendDue();
        } catch (RuntimeException e) {
            log.error("Visit reminders not sent this time: {}", e.toString(), e);
        }
    }

    @Scheduled(initialDelayString = "${hotline.digest.check:PT1M}", fixedDelayString = "${hotline.digest.check:PT1M}")
    void digests() {
        try {
            digests.sendDue();
        } catch (RuntimeException e) {
            log.error("Scheduled digests not sent this time: {}", e.toString(), e);
        }
    }
}

package ru.hotline500.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * While the bot runs on Telegram, the screens' {@link org.springframework.scheduling.annotation.Scheduled} jobs run
 * (visit reminders, scheduled digests, deadline reminders); without a token (the console, the command line) none does.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("'${hotline.telegram.token:}'.trim() != ''")
public class BotSchedule {

    private static final Logger log = LoggerFactory.getLogger(BotSchedule.class);

    BotSchedule() {
    }

    /** One run of a job: a failure is logged and the next run comes as planned. */
    public static void run(String job, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("{} not sent this time: {}", job, e.toString(), e);
        }
    }
}

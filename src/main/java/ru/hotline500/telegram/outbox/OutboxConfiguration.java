package ru.hotline500.telegram.outbox;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sender runs only where messages can leave: when the bot runs (it has a token and so a {@link DeliveryChannel}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
@ConditionalOnExpression("'${hotline.telegram.token:}'.trim() != ''")
class OutboxConfiguration {

    @Bean(destroyMethod = "shutdown")
    ExecutorService outboxSendThreads(LimitsProperties limits) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(limits.senderThreads(), task -> {
            Thread thread = new Thread(task, "outbox-send-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    OutboxSender outboxSender(DeliveryChannel channel, OutboxStore store, Clock clock, ExecutorService outboxSendThreads,
                              ApplicationEventPublisher events, LimitsProperties limits) {
        return new OutboxSender(channel, store, clock, outboxSendThreads, events, limits,
                new WirePacing(SendingLimits.globalPerSecond(limits)));
    }

    @Bean
    OutboxLoop outboxLoop(OutboxSender sender, Clock clock) {
        return new OutboxLoop(sender, clock);
    }
}

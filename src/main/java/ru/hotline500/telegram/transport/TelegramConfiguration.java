package ru.hotline500.telegram.transport;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import ru.hotline500.telegram.BotIdentity;
import ru.hotline500.telegram.BotRouter;
import ru.hotline500.telegram.ChatAdmins;
import ru.hotline500.telegram.Commands;
import ru.hotline500.telegram.FileDownloads;
import ru.hotline500.telegram.outbox.Outbox;

/**
 * The bot runs only with a token. Polling and every call are ours ({@link BotApi}, {@link UpdatePoller}); the
 * library gives the Bot API's types, so that starting never depends on reaching Telegram and one update or one
 * answer we cannot read never stops the rest.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
@ConditionalOnExpression("'${hotline.telegram.token:}'.trim() != ''")
class TelegramConfiguration {

    @Bean
    BotApi botApi(TelegramProperties properties) {
        return new BotApi(properties.apiUrl(), properties.token());
    }

    @Bean
    TelegramChannel telegramChannel(BotApi api, TelegramProperties properties) {
        return new TelegramChannel(api, properties);
    }

    @Bean
    ChatAdmins telegramChatAdmins(BotApi api, TelegramProperties properties) {
        return new TelegramChatAdmins(api, properties);
    }

    /** Declared as the interface: features outside the transport take files through it. */
    @Bean
    FileDownloads telegramFiles(BotApi api, TelegramProperties properties) {
        return new TelegramFiles(api, properties);
    }

    @Bean
    TelegramConnection telegramHealthIndicator() {
        return new TelegramConnection();
    }

    @Bean
    TransportMetrics transportMetrics(ObjectProvider<MeterRegistry> registry) {
        return new TransportMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    UpdateReader updateReader() {
        return new UpdateReader(UpdateReader.tolerantJson());
    }

    @Bean
    UpdateInbox updateInbox(JdbcClient jdbc, TransactionTemplate transactions, UpdateReader reader, Clock clock, TransportMetrics metrics) {
        return new UpdateInbox(jdbc, transactions, reader, clock, metrics);
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService updateWorkers(TelegramProperties properties) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(properties.workers(), task -> {
            Thread thread = new Thread(task, "telegram-update-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    UpdateDispatcher updateDispatcher(UpdateInbox inbox, BotRouter router, Outbox outbox, TransactionTemplate transactions,
                                      ExecutorService updateWorkers) {
        return new UpdateDispatcher(inbox, router, outbox, transactions, updateWorkers);
    }

    @Bean
    UpdatePoller updatePoller(BotApi api, UpdateReader reader, UpdateInbox inbox, UpdateDispatcher dispatcher,
                              TelegramProperties properties, TelegramConnection connection, TransportMetrics metrics) {
        return new UpdatePoller(api, reader, inbox, dispatcher, properties, connection, metrics);
    }

    @Bean
    TelegramConnector telegramConnector(TelegramProperties properties, BotApi api, UpdateInbox inbox, UpdateDispatcher dispatcher,
                                        UpdatePoller poller, BotIdentity identity, TelegramConnection connection,
                                        Commands commands) {
        return new TelegramConnector(properties, api, inbox, dispatcher, poller, new CommandMenus(commands), identity, connection);
    }
}

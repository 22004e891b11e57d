package ru.hotline500.telegram.transport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import ru.hotline500.telegram.BotIdentity;
import ru.hotline500.telegram.BotRouter;
import ru.hotline500.telegram.ChatAdmins;
import ru.hotline500.telegram.FileDownloads;
import ru.hotline500.telegram.outbox.Outbox;

/** The bot runs only with a token; the library is registered here by hand, never through its Spring starter. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
@ConditionalOnExpression("'${hotline.telegram.token:}'.trim() != ''")
class TelegramConfiguration {

    @Bean
    TelegramClient telegramClient(TelegramProperties properties) {
        return new OkHttpTelegramClient(properties.token(), TransportUrls.telegramUrl(properties.apiUrl()));
    }

    @Bean
    TelegramChannel telegramChannel(TelegramClient client) {
        return new TelegramChannel(client);
    }

    @Bean
    ChatAdmins telegramChatAdmins(TelegramClient client) {
        return new TelegramChatAdmins(client);
    }

    /** Declared as the interface: features outside the transport take files through it. */
    @Bean
    FileDownloads telegramFiles(TelegramClient client, TelegramProperties properties) {
        return new TelegramFiles(client, properties);
    }

    @Bean
    TelegramConnection telegramHealthIndicator() {
        return new TelegramConnection();
    }

    @Bean
    UpdateInbox updateInbox(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return new UpdateInbox(jdbc, transactions, json, clock);
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
    PollingThreads pollingThreads() {
        return new PollingThreads();
    }

    @Bean
    TelegramConnector telegramConnector(TelegramProperties properties, TelegramClient client, UpdateInbox inbox,
                                        UpdateDispatcher dispatcher, BotIdentity identity, TelegramConnection connection,
                                        PollingThreads pollingThreads) {
        TelegramBotsLongPollingApplication polling = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), pollingThreads);
        return new TelegramConnector(properties, client, polling, inbox, dispatcher, new CommandMenus(), identity, connection);
    }
}

package ru.hotline500.telegram.transport;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import ru.hotline500.telegram.BotIdentity;

/**
 * Connects the bot without ever failing the application's start: in a thread of its own it asks who the bot is
 * (getMe), sets the command menus, answers what was stored but not answered before a restart, and registers long
 * polling, retrying with growing pauses while Telegram cannot be reached. Long polling starts from the offset
 * stored with the last update, not from the library's memory.
 */
class TelegramConnector implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramConnector.class);
    private static final List<String> UPDATES = List.of("message", "callback_query", "my_chat_member");

    private final TelegramProperties properties;
    private final TelegramClient client;
    private final TelegramBotsLongPollingApplication polling;
    private final UpdateInbox inbox;
    private final UpdateDispatcher dispatcher;
    private final CommandMenus menus;
    private final BotIdentity identity;
    private final TelegramConnection connection;
    private volatile boolean running;
    private volatile BotSession session;
    private Thread thread;

    TelegramConnector(TelegramProperties properties, TelegramClient client, TelegramBotsLongPollingApplication polling,
                      UpdateInbox inbox, UpdateDispatcher dispatcher, CommandMenus menus, BotIdentity identity,
                      TelegramConnection connection) {
        this.properties = properties;
        this.client = client;
        this.polling = polling;
        this.inbox = inbox;
        this.dispatcher = dispatcher;
        this.menus = menus;
        this.identity = identity;
        this.connection = connection;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::connect, "telegram-connect");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        thread.interrupt();
        try {
            polling.close();
        } catch (Exception e) {
            log.warn("Long polling did not stop cleanly: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void connect() {
        Duration wait = Duration.ofSeconds(1);
        while (running) {
            try {
                User me = client.execute(new GetMe());
                identity.learned(me.getUserName());
                dispatcher.knowBot(new UpdateMapper(me.getId(), me.getUserName()));
                menus.set(client);
                dispatcher.dispatch(inbox.unanswered());
                session = register();
                session.getLastReceivedUpdate().set((int) inbox.lastUpdateId());
                connection.is(TelegramConnection.State.POLLING, "@" + me.getUserName());
                log.info("Telegram bot @{} is polling {}", me.getUserName(), properties.apiUrl());
                return;
            } catch (TelegramApiRequestException e) {
                if (Integer.valueOf(401).equals(e.getErrorCode()) || Integer.valueOf(404).equals(e.getErrorCode())) {
                    connection.is(TelegramConnection.State.UNAUTHORIZED, "the token was refused");
                    log.error("Telegram refused the bot token ({}); check TELEGRAM_BOT_TOKEN", e.getErrorCode());
                }
                wait = pause(wait, e);
            } catch (TelegramApiException | RuntimeException e) {
                wait = pause(wait, e);
            }
        }
    }

    /** The library deletes the webhook while registering; when that fails the half-registered bot is taken back. */
    private BotSession register() throws TelegramApiException {
        if (!polling.isRunning()) {
            polling.start();
        }
        try {
            return polling.registerBot(properties.token(), this::url, this::nextUpdates, this::consume);
        } catch (TelegramApiException | RuntimeException e) {
            try {
                polling.unregisterBot(properties.token());
            } catch (TelegramApiException | RuntimeException ignored) {
                log.debug("Nothing to unregister: {}", ignored.toString());
            }
            throw e;
        }
    }

    private Duration pause(Duration wait, Exception cause) {
        if (connection.state() != TelegramConnection.State.UNAUTHORIZED) {
            connection.is(TelegramConnection.State.CONNECTING, String.valueOf(cause.getMessage()));
        }
        log.warn("Telegram is not reachable ({}); next attempt in {} s", cause.getMessage(), wait.toSeconds());
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        Duration longer = wait.multipliedBy(2);
        return longer.compareTo(properties.longestReconnectWait()) > 0 ? properties.longestReconnectWait() : longer;
    }

    private TelegramUrl url() {
        return TransportUrls.telegramUrl(properties.apiUrl());
    }

    /** The offset after the last update stored: what was received but not stored comes again. */
    private GetUpdates nextUpdates(Integer lastReceived) {
        return GetUpdates.builder().offset((int) inbox.lastUpdateId() + 1).limit(100)
                .timeout((int) properties.pollTimeout().toSeconds()).allowedUpdates(UPDATES).build();
    }

    private void consume(List<Update> updates) {
        List<Update> fresh;
        try {
            fresh = inbox.store(updates);
        } catch (RuntimeException e) {
            log.error("Could not store {} updates; they will be received again: {}", updates.size(), e.toString());
            session.getLastReceivedUpdate().set((int) inbox.lastUpdateId());
            return;
        }
        dispatcher.dispatch(fresh);
    }
}

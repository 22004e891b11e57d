package ru.hotline500.telegram.transport;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import ru.hotline500.telegram.BotIdentity;

/**
 * Connects the bot without ever failing the application's start: in a thread of its own it asks who the bot is
 * (getMe), sets the command menus, answers what was stored but not answered before a restart, and starts polling,
 * retrying with growing pauses while Telegram cannot be reached.
 */
class TelegramConnector implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramConnector.class);
    /** Starts that may try to answer one stored update: one that brought the process down each time is given up. */
    private static final int REPLAYS = 3;

    private final TelegramProperties properties;
    private final BotApi api;
    private final UpdateInbox inbox;
    private final UpdateDispatcher dispatcher;
    private final UpdatePoller poller;
    private final CommandMenus menus;
    private final BotIdentity identity;
    private final TelegramConnection connection;
    private volatile boolean running;
    private Thread thread;

    TelegramConnector(TelegramProperties properties, BotApi api, UpdateInbox inbox, UpdateDispatcher dispatcher, UpdatePoller poller,
                      CommandMenus menus, BotIdentity identity, TelegramConnection connection) {
        this.properties = properties;
        this.api = api;
        this.inbox = inbox;
        this.dispatcher = dispatcher;
        this.poller = poller;
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
        poller.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void connect() {
        Duration wait = Duration.ofSeconds(1);
        while (running) {
            try {
                JsonNode me = api.query(new GetMe(), properties.queryTimeout());
                String name = me.path("username").asText();
                identity.learned(name);
                dispatcher.knowBot(new UpdateMapper(me.path("id").asLong(), name));
                menus.set(api, properties.queryTimeout());
                UpdateInbox.Unanswered unanswered = inbox.unanswered(REPLAYS);
                dispatcher.giveUp(unanswered.givenUp(), "not answered in " + REPLAYS + " starts");
                dispatcher.dispatch(unanswered.replay());
                log.info("Telegram bot @{} is polling {}", name, properties.apiUrl());
                poller.start(name);
                return;
            } catch (BotApiFailure e) {
                if (e.code() == 401 || e.code() == 404) {
                    connection.is(TelegramConnection.State.UNAUTHORIZED, "the token was refused");
                    log.error("Telegram refused the bot token ({}); check TELEGRAM_BOT_TOKEN", e.code());
                }
                wait = pause(wait, e);
            } catch (RuntimeException e) {
                wait = pause(wait, e);
            }
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
}

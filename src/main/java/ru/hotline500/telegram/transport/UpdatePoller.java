package ru.hotline500.telegram.transport;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Long polling of our own: getUpdates from the offset stored with the last update, each update of the answer read on
 * its own ({@link UpdateReader}), the batch stored with the new offset, the fresh ones answered. Whatever fails —
 * Telegram, the network, the database — is retried after a pause that grows to the longest reconnect wait, so a
 * failure is never a loop of calls and log lines.
 */
class UpdatePoller {

    private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);
    private static final List<String> UPDATES = List.of("message", "callback_query", "my_chat_member");
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration ANSWER_MARGIN = Duration.ofSeconds(15);

    private final BotApi api;
    private final UpdateReader reader;
    private final UpdateInbox inbox;
    private final UpdateDispatcher dispatcher;
    private final TelegramProperties properties;
    private final TelegramConnection connection;
    private final TransportMetrics metrics;
    private volatile boolean running;
    private Thread thread;
    private Duration pause = FIRST_PAUSE;

    UpdatePoller(BotApi api, UpdateReader reader, UpdateInbox inbox, UpdateDispatcher dispatcher, TelegramProperties properties,
                 TelegramConnection connection, TransportMetrics metrics) {
        this.api = api;
        this.reader = reader;
        this.inbox = inbox;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.connection = connection;
        this.metrics = metrics;
    }

    synchronized void start(String botName) {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(() -> poll(botName), "telegram-polling");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops asking; a getUpdates still waiting ends by its timeout and its updates are left for the next start. */
    synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void poll(String botName) {
        connection.is(TelegramConnection.State.POLLING, "@" + botName);
        while (running) {
            try {
                once();
            } catch (BotApiFailure failure) {
                if (running) {
                    failed(failure);
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;  // stopping: the database may already be closed
                }
                metrics.pollFailed();
                log.warn("Updates could not be stored ({}); trying again in {} s", e.toString(), pause.toSeconds());
                sleep(Duration.ZERO);
            }
        }
    }

    private void once() throws BotApiFailure {
        long offset = inbox.lastUpdateId() + 1;
        JsonNode result = api.call(GetUpdates.builder().offset((int) offset).limit(100)
                .timeout((int) properties.pollTimeout().toSeconds()).allowedUpdates(UPDATES).build(),
                properties.pollTimeout().plus(ANSWER_MARGIN));
        if (!running) {
            return;  // not stored, not confirmed: the next start receives them again
        }
        List<ReceivedUpdate> batch = reader.readAll(result);
        List<Update> fresh = inbox.store(batch);
        dispatcher.dispatch(fresh);
        if (connection.state() != TelegramConnection.State.POLLING) {
            connection.is(TelegramConnection.State.POLLING, "polling again");
            log.info("Telegram answers getUpdates again");
        }
        pause = FIRST_PAUSE;
        if (!batch.isEmpty() && inbox.lastUpdateId() < offset) {
            // updates whose ids cannot even be read: nothing to confirm them with, so do not ask again at once
            log.warn("{} updates without a readable update_id; asking again in {} s", batch.size(), pause.toSeconds());
            sleep(Duration.ZERO);
        }
    }

    private void failed(BotApiFailure failure) {
        metrics.pollFailed();
        if (failure.code() == 401 || failure.code() == 404) {
            connection.is(TelegramConnection.State.UNAUTHORIZED, "the token was refused");
            log.error("Telegram refused the bot token ({}); check TELEGRAM_BOT_TOKEN", failure.code());
            pause = properties.longestReconnectWait();
        } else if (failure.code() == 409) {
            connection.is(TelegramConnection.State.CONNECTING, "another getUpdates or a webhook uses this token");
            log.warn("Telegram answers 409: another process polls with this token, or a webhook is set; trying again in {} s",
                    pause.toSeconds());
        } else {
            connection.is(TelegramConnection.State.CONNECTING, failure.getMessage());
            log.warn("getUpdates failed ({}); trying again in {} s", failure.getMessage(), pause.toSeconds());
        }
        sleep(failure.kind() == BotApiFailure.Kind.RETRY_AFTER ? failure.retryAfter() : Duration.ZERO);
    }

    /** Waits the growing pause (or longer when told so) and doubles it for the next time. */
    private void sleep(Duration atLeast) {
        Duration wait = atLeast.compareTo(pause) > 0 ? atLeast : pause;
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        Duration longer = pause.multipliedBy(2);
        pause = longer.compareTo(properties.longestReconnectWait()) > 0 ? properties.longestReconnectWait() : longer;
    }
}

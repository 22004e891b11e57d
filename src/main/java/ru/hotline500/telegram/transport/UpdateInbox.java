package ru.hotline500.telegram.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The updates received, stored before Telegram is told they arrived (the next getUpdates offset), together with
 * that offset. An update is answered at most once: marking it done commits with the replies it produced.
 */
class UpdateInbox {

    private static final String BOT = "bot";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final Clock clock;

    UpdateInbox(JdbcClient jdbc, TransactionTemplate transactions, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** The id of the last update stored, 0 before the first. */
    long lastUpdateId() {
        return jdbc.sql("select last_update_id from telegram_offset where bot = ?").param(BOT).query(Long.class).optional().orElse(0L);
    }

    /** Stores the updates not stored yet, and the new offset, in one transaction; returns the new ones. */
    List<Update> store(List<Update> updates) {
        return transactions.execute(status -> {
            long last = lastUpdateId();
            List<Update> fresh = updates.stream().filter(u -> u.getUpdateId() > last).toList();
            for (Update update : fresh) {
                jdbc.sql("insert into telegram_update (update_id, chat_id, payload, status, received_at) values (?, ?, ?, 'NEW', ?)")
                        .params(update.getUpdateId(), chatId(update), write(update), now()).update();
            }
            long newest = fresh.stream().mapToLong(Update::getUpdateId).max().orElse(last);
            if (jdbc.sql("update telegram_offset set last_update_id = ? where bot = ?").params(newest, BOT).update() == 0) {
                jdbc.sql("insert into telegram_offset (bot, last_update_id) values (?, ?)").params(BOT, newest).update();
            }
            return fresh;
        });
    }

    /** Updates stored but not answered: after a crash they are answered at start. */
    List<Update> unanswered() {
        return jdbc.sql("select payload from telegram_update where status = 'NEW' order by update_id")
                .query((row, n) -> read(row.getString(1))).list();
    }

    /** Marks the update answered; call it in the transaction that stores the replies. */
    boolean markDone(long updateId, String status, String error) {
        return jdbc.sql("update telegram_update set status = ?, processed_at = ?, error = ? where update_id = ? and status = 'NEW'")
                .params(status, now(), error, updateId).update() == 1;
    }

    private static Long chatId(Update update) {
        if (update.getMessage() != null) {
            return update.getMessage().getChatId();
        }
        if (update.getCallbackQuery() != null && update.getCallbackQuery().getMessage() != null) {
            return update.getCallbackQuery().getMessage().getChatId();
        }
        return update.getMyChatMember() != null ? update.getMyChatMember().getChat().getId() : null;
    }

    private String write(Update update) {
        try {
            return json.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("update " + update.getUpdateId() + " cannot be written", e);
        }
    }

    private Update read(String payload) {
        try {
            return json.readValue(payload, Update.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored update cannot be read", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

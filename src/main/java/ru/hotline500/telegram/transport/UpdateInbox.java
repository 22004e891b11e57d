package ru.hotline500.telegram.transport;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The updates received, stored as they came before Telegram is told they arrived (the next getUpdates offset),
 * together with that offset. An update is answered at most once: marking it done commits with the replies it
 * produced. An update that cannot be read or stored goes to the quarantine table with the reason, and the offset
 * moves past it all the same.
 */
class UpdateInbox {

    private static final Logger log = LoggerFactory.getLogger(UpdateInbox.class);
    private static final String BOT = "bot";
    private static final int LONGEST_PAYLOAD = 1_000_000;
    private static final int LONGEST_PROBLEM = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final UpdateReader reader;
    private final Clock clock;
    private final TransportMetrics metrics;

    UpdateInbox(JdbcClient jdbc, TransactionTemplate transactions, UpdateReader reader, Clock clock, TransportMetrics metrics) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.reader = reader;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The id of the last update stored or set aside, 0 before the first. */
    long lastUpdateId() {
        return jdbc.sql("select last_update_id from telegram_offset where bot = ?").param(BOT).query(Long.class).optional().orElse(0L);
    }

    /**
     * Stores the updates not stored yet, and the new offset, in one transaction; returns the new readable ones. When
     * the batch cannot be stored whole, each update is stored on its own and one that still fails is quarantined.
     * Throws only when not even that works (the database is unavailable): then nothing moved.
     */
    List<Update> store(List<ReceivedUpdate> batch) {
        try {
            return transactions.execute(status -> storeAll(batch));
        } catch (RuntimeException e) {
            log.warn("{} updates could not be stored together ({}); storing them one by one", batch.size(), e.toString());
        }
        List<Update> fresh = new ArrayList<>();
        for (ReceivedUpdate update : batch) {
            try {
                fresh.addAll(transactions.execute(status -> storeAll(List.of(update))));
            } catch (RuntimeException e) {
                transactions.executeWithoutResult(status -> {
                    quarantine(update.id(), update.json(), "could not be stored: " + e);
                    advance(update.id());
                });
            }
        }
        return fresh;
    }

    private List<Update> storeAll(List<ReceivedUpdate> batch) {
        long last = lastUpdateId();
        List<Update> fresh = new ArrayList<>();
        for (ReceivedUpdate update : batch) {
            if (update.id() != null && update.id() <= last) {
                continue;
            }
            if (update.readable()) {
                jdbc.sql("insert into telegram_update (update_id, chat_id, payload, status, received_at) values (?, ?, ?, 'NEW', ?)")
                        .params(update.id(), UpdateChats.chatId(update.update()), update.json(), now()).update();
                fresh.add(update.update());
            } else {
                quarantine(update.id(), update.json(), update.problem());
            }
        }
        batch.stream().map(ReceivedUpdate::id).filter(id -> id != null && id > last).max(Long::compare).ifPresent(this::advance);
        return fresh;
    }

    private void advance(Long updateId) {
        if (updateId == null) {
            return;
        }
        if (jdbc.sql("update telegram_offset set last_update_id = ? where bot = ? and last_update_id < ?").params(updateId, BOT, updateId).update() == 0
                && jdbc.sql("select count(*) from telegram_offset where bot = ?").param(BOT).query(Long.class).single() == 0) {
            jdbc.sql("insert into telegram_offset (bot, last_update_id) values (?, ?)").params(BOT, updateId).update();
        }
    }

    private void quarantine(Long updateId, String json, String problem) {
        String reason = problem.length() <= LONGEST_PROBLEM ? problem : problem.substring(0, LONGEST_PROBLEM);
        String payload = json.length() <= LONGEST_PAYLOAD ? json : json.substring(0, LONGEST_PAYLOAD);
        jdbc.sql("insert into telegram_update_quarantine (update_id, payload, problem, received_at) values (?, ?, ?, ?)")
                .params(updateId, payload, reason, now()).update();
        log.warn("Update {} set aside in telegram_update_quarantine, not answered: {}", updateId, reason);
        metrics.quarantined();
    }

    /**
     * Updates stored but not answered, to answer at start after a crash. Each start counts as an attempt: an update
     * tried {@code maxAttempts} times (it brought the process down each time, say) is returned as given up.
     */
    Unanswered unanswered(int maxAttempts) {
        List<StoredUpdate> stored = jdbc.sql("select update_id, payload, attempts from telegram_update where status = 'NEW' order by update_id")
                .query((row, n) -> new StoredUpdate(row.getLong(1), row.getString(2), row.getInt(3) + 1)).list();
        List<Update> replay = new ArrayList<>();
        List<Update> givenUp = new ArrayList<>();
        for (StoredUpdate row : stored) {
            jdbc.sql("update telegram_update set attempts = ? where update_id = ?").params(row.attempts(), row.id()).update();
            Update update = reader.reread(row.payload());
            if (update == null) {
                transactions.executeWithoutResult(status -> {
                    quarantine(row.id(), row.payload(), "stored, but cannot be read any more");
                    markDone(row.id(), "FAILED", "cannot be read any more");
                });
            } else {
                (row.attempts() > maxAttempts ? givenUp : replay).add(update);
            }
        }
        return new Unanswered(replay, givenUp);
    }

    /** Marks the update answered; call it in the transaction that stores the replies. */
    boolean markDone(long updateId, String status, String error) {
        return jdbc.sql("update telegram_update set status = ?, processed_at = ?, error = ? where update_id = ? and status = 'NEW'")
                .params(status, now(), error, updateId).update() == 1;
    }

    /** How many updates were set aside so far. */
    long quarantined() {
        return jdbc.sql("select count(*) from telegram_update_quarantine").query(Long.class).single();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private record StoredUpdate(long id, String payload, int attempts) {
    }

    /** What a start finds unanswered: to answer now, and to give up on (with an apology). */
    record Unanswered(List<Update> replay, List<Update> givenUp) {
    }
}

package ru.hotline500.telegram.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sender's side of the outbox table: what is still pending, and how each attempt ended. */
@Component
class OutboxStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<OutboxMessage> pending() {
        return jdbc.sql("select * from outbox_message where status = 'PENDING' order by id").query(OutboxRows::read).list();
    }

    void markSent(long id, Integer telegramMessageId) {
        jdbc.sql("update outbox_message set status = 'SENT', sent_at = ?, telegram_message_id = ?, attempts = attempts + 1 where id = ?")
                .params(utc(clock.instant()), telegramMessageId, id).update();
    }

    void retryAt(long id, int attempts, Instant when, String reason) {
        jdbc.sql("update outbox_message set attempts = ?, next_attempt_at = ?, error = ? where id = ?")
                .params(attempts, utc(when), OutboxRows.clip(reason), id).update();
    }

    void markFailed(long id, String reason) {
        jdbc.sql("update outbox_message set status = 'FAILED', attempts = attempts + 1, error = ? where id = ?")
                .params(OutboxRows.clip(reason), id).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

package ru.hotline500.telegram.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.hotline500.telegram.ChatKind;

/**
 * The sender's side of the outbox table: what is still pending, and how each attempt ended. A row is marked as being
 * sent before its request leaves and marked sent as soon as Telegram's answer is read, so after a crash only the rows
 * whose answer was in the air are of unknown outcome, and they say so.
 */
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

    /**
     * Rows whose request had left when the process stopped: their outcome is unknown and they are sent again.
     * Returns how many there were.
     */
    int unknownAtRestart() {
        return jdbc.sql("""
                        update outbox_message set sending_since = null, unknown_outcomes = unknown_outcomes + 1,
                            error = 'outcome unknown: the bot stopped while sending it; sent again'
                        where status = 'PENDING' and sending_since is not null""").update();
    }

    /** Messages and documents sent to chats since that moment, oldest first. */
    List<SendingLimits.RecentSend> sentSince(Instant since) {
        return jdbc.sql("""
                        select chat_id, chat_kind, sent_at from outbox_message
                        where sent_at > ? and status = 'SENT' and kind <> 'BUTTON_ANSWER' order by sent_at""")
                .param(utc(since))
                .query((row, n) -> new SendingLimits.RecentSend(row.getLong(1), ChatKind.valueOf(row.getString(2)),
                        row.getObject(3, OffsetDateTime.class).toInstant())).list();
    }

    void markSending(long id) {
        jdbc.sql("update outbox_message set sending_since = ? where id = ?").params(utc(clock.instant()), id).update();
    }

    void markSent(long id, Integer telegramMessageId) {
        jdbc.sql("""
                        update outbox_message set status = 'SENT', sent_at = ?, telegram_message_id = ?, attempts = attempts + 1,
                            sending_since = null where id = ?""")
                .params(utc(clock.instant()), telegramMessageId, id).update();
    }

    void retryAt(long id, int attempts, Instant when, String reason) {
        jdbc.sql("update outbox_message set attempts = ?, next_attempt_at = ?, error = ?, sending_since = null where id = ?")
                .params(attempts, utc(when), OutboxRows.clip(reason), id).update();
    }

    /** The request left and no answer came: tried again at {@code when}, and counted as an unknown outcome. */
    void unknownOutcome(long id, int attempts, Instant when, String reason) {
        jdbc.sql("""
                        update outbox_message set attempts = ?, next_attempt_at = ?, error = ?, sending_since = null,
                            unknown_outcomes = unknown_outcomes + 1 where id = ?""")
                .params(attempts, utc(when), OutboxRows.clip("outcome unknown: " + reason), id).update();
    }

    void markFailed(long id, String reason) {
        jdbc.sql("update outbox_message set status = 'FAILED', attempts = attempts + 1, error = ?, sending_since = null where id = ?")
                .params(OutboxRows.clip(reason), id).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

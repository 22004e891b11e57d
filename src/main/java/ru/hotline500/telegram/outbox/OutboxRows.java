package ru.hotline500.telegram.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import ru.hotline500.telegram.ChatKind;
import ru.hotline500.telegram.Outgoing;

/** Rows of the outbox table: what an outgoing message becomes, and back. */
final class OutboxRows {

    private static final int LONGEST_ERROR = 1000;
    private static final int LONGEST_CAPTION = 1024;

    private OutboxRows() {
    }

    /** A message is one row per part of its text (buttons under the last part); a document or a button answer one row. */
    static List<OutboxMessage> of(Outgoing outgoing, Instant now) {
        if (outgoing instanceof Outgoing.ButtonAnswer answer) {
            return List.of(new OutboxMessage(0, answer.chat().id(), answer.chat().kind(), null, OutboxMessage.Kind.BUTTON_ANSWER,
                    answer.notice(), List.of(), null, answer.callbackId(), null, null, 0, now));
        }
        if (outgoing instanceof Outgoing.Document document) {
            return List.of(new OutboxMessage(0, document.chat().id(), document.chat().kind(), document.chat().threadId(),
                    OutboxMessage.Kind.DOCUMENT, caption(document.caption()), List.of(), null, null, document.fileName(),
                    document.content(), 0, now));
        }
        Outgoing.Message message = (Outgoing.Message) outgoing;
        List<String> parts = TextSplitter.split(message.text(), TextSplitter.LIMIT);
        return IntStream.range(0, parts.size()).mapToObj(i -> new OutboxMessage(0, message.chat().id(),
                message.chat().kind(), message.chat().threadId(), OutboxMessage.Kind.MESSAGE, parts.get(i),
                i == parts.size() - 1 ? message.buttons() : List.of(), i == 0 ? message.replyTo() : null, null, null, null,
                0, now)).toList();
    }

    static OutboxMessage insert(JdbcClient jdbc, OutboxMessage m, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into outbox_message (chat_id, chat_kind, thread_id, kind, text, buttons, reply_to_message_id,
                    callback_query_id, file_name, file_content, status, attempts, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(m.chatId(), m.chatKind().name(), m.threadId(), m.kind().name(), m.text(), ButtonsCodec.encode(m.buttons()),
                        m.replyTo(), m.callbackId(), m.fileName(), m.fileContent(), utc(now), utc(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        return new OutboxMessage(id, m.chatId(), m.chatKind(), m.threadId(), m.kind(), m.text(), m.buttons(), m.replyTo(),
                m.callbackId(), m.fileName(), m.fileContent(), 0, now);
    }

    static OutboxMessage read(ResultSet row, int number) throws SQLException {
        return new OutboxMessage(row.getLong("id"), row.getLong("chat_id"), ChatKind.valueOf(row.getString("chat_kind")),
                (Integer) row.getObject("thread_id"), OutboxMessage.Kind.valueOf(row.getString("kind")), row.getString("text"),
                ButtonsCodec.decode(row.getString("buttons")), (Integer) row.getObject("reply_to_message_id"),
                row.getString("callback_query_id"), row.getString("file_name"), row.getBytes("file_content"),
                row.getInt("attempts"), row.getObject("next_attempt_at", OffsetDateTime.class).toInstant());
    }

    /** Telegram takes captions of up to 1,024 characters; a longer one is cut rather than the file refused. */
    static String caption(String caption) {
        if (caption == null || caption.length() <= LONGEST_CAPTION) {
            return caption;
        }
        int cut = Character.isHighSurrogate(caption.charAt(LONGEST_CAPTION - 4)) ? LONGEST_CAPTION - 4 : LONGEST_CAPTION - 3;
        return caption.substring(0, cut) + "…";
    }

    static String clip(String reason) {
        return reason == null || reason.length() <= LONGEST_ERROR ? reason : reason.substring(0, LONGEST_ERROR);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

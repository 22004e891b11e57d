package ru.hotline500.dialogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The last question of each chat and person, kept in the database so that a restart keeps the dialogue. */
@Repository
class DialogueContexts {

    private static final int LONGEST_QUESTION = 4000;

    private final JdbcClient jdbc;

    DialogueContexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DialogueContext> find(String chatKey) {
        return jdbc.sql("select chat_key, question, about_territory_id, asked_at from dialogue_context where chat_key = ?")
                .param(chatKey)
                .query((row, n) -> new DialogueContext(row.getString(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toInstant()))
                .optional();
    }

    @Transactional
    void save(String chatKey, String question, String aboutTerritoryId, Instant askedAt) {
        String kept = question.length() > LONGEST_QUESTION ? question.substring(question.length() - LONGEST_QUESTION) : question;
        int updated = jdbc.sql("update dialogue_context set question = ?, about_territory_id = ?, asked_at = ? where chat_key = ?")
                .params(kept, aboutTerritoryId, Timestamp.from(askedAt), chatKey).update();
        if (updated == 0) {
            jdbc.sql("insert into dialogue_context (chat_key, question, about_territory_id, asked_at) values (?, ?, ?, ?)")
                    .params(chatKey, kept, aboutTerritoryId, Timestamp.from(askedAt)).update();
        }
    }
}

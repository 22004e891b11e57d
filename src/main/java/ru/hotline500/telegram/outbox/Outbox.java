package ru.hotline500.telegram.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.hotline500.telegram.GroupMigrated;
import ru.hotline500.telegram.Outgoing;

/**
 * The persisted outbox: everything the bot sends is stored here first, in the transaction of whatever decided to
 * send it, and handed to the sender only after that transaction commits. Plain SQL rather than JPA: the rows are
 * written and updated by status in the hot path of every answer.
 */
@Service
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<OutboxSender> sender;

    /** Without a sender (the console mode) messages stay in the table until the bot runs. */
    Outbox(JdbcClient jdbc, Clock clock, ObjectProvider<OutboxSender> sender) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sender = sender;
    }

    /** Stores the messages (long texts split into parts) in the caller's transaction; they leave after it commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<OutboxMessage> store(List<? extends Outgoing> outgoing) {
        Instant now = clock.instant();
        List<OutboxMessage> stored = new ArrayList<>();
        for (Outgoing item : outgoing) {
            String about = item instanceof Outgoing.Message message ? message.about() : null;
            for (OutboxMessage message : OutboxRows.of(item, now)) {
                OutboxMessage row = OutboxRows.insert(jdbc, message, now);
                stored.add(row);
                if (about != null) {
                    jdbc.sql("insert into outbox_about (outbox_message_id, about) values (?, ?)").params(row.id(), about).update();
                }
            }
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sender.ifAvailable(s -> s.enqueue(stored));
            }
        });
        return stored;
    }

    /** What a message the bot sent to that chat is about (see {@link Outgoing.Message#about()}), if anything. */
    @Transactional(readOnly = true)
    public Optional<String> about(long chatId, int telegramMessageId) {
        return jdbc.sql("""
                        select a.about from outbox_about a join outbox_message m on m.id = a.outbox_message_id
                        where m.chat_id = ? and m.telegram_message_id = ?""")
                .params(chatId, telegramMessageId).query(String.class).optional();
    }

    /** A group that became a supergroup: what still waits for the old id goes to the new one. */
    @EventListener
    @Transactional
    public void migrated(GroupMigrated migration) {
        long oldChatId = migration.oldChatId();
        long newChatId = migration.newChatId();
        jdbc.sql("update outbox_message set chat_id = ? where chat_id = ? and status = 'PENDING'")
                .params(newChatId, oldChatId).update();
        sender.ifAvailable(s -> s.migrate(oldChatId, newChatId));
    }

}

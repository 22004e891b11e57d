package ru.hotline500.telegram.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import ru.hotline500.telegram.ChatKind;
import ru.hotline500.telegram.ChatRef;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.testing.MutableClock;

/** Documents in the outbox table, on an in-memory H2 migrated as the application migrates its own. */
class OutboxDocumentsTests {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final ChatRef TOPIC = new ChatRef(-1001234, ChatKind.SUPERGROUP, 42);

    private final SingleConnectionDataSource database = migrated();
    private final JdbcClient jdbc = JdbcClient.create(database);
    private final OutboxStore store = new OutboxStore(jdbc, new MutableClock(NOW));

    @AfterEach
    void closeDatabase() {
        database.destroy();
    }

    @Test
    void aDocumentIsStoredAndReadBackWithItsNameBytesAndCaption() {
        byte[] content = everyByte();
        store(new Outgoing.Document(TOPIC, "Визиты за ноябрь.xlsx", content, "Визиты <за> ноябрь"));

        OutboxMessage read = store.pending().get(0);

        assertThat(read.kind()).isEqualTo(OutboxMessage.Kind.DOCUMENT);
        assertThat(read.fileName()).isEqualTo("Визиты за ноябрь.xlsx");
        assertThat(read.fileContent()).isEqualTo(content);
        assertThat(read.text()).isEqualTo("Визиты <за> ноябрь");
        assertThat(read.chatId()).isEqualTo(TOPIC.id());
        assertThat(read.threadId()).isEqualTo(42);
    }

    @Test
    void aDocumentWithoutACaptionHasNoText() {
        store(new Outgoing.Document(TOPIC, "export.xlsx", new byte[] {1, 2, 3}, null));

        assertThat(store.pending().get(0).text()).isNull();
    }

    @Test
    void aCaptionLongerThanTelegramTakesIsCut() {
        List<OutboxMessage> rows = OutboxRows.of(new Outgoing.Document(TOPIC, "export.xlsx", new byte[1], "я".repeat(2000)), NOW);

        assertThat(rows).singleElement()
                .satisfies(row -> assertThat(row.text()).hasSize(1022).startsWith("я".repeat(1021)).endsWith("…"));
        assertThat(OutboxRows.caption("я".repeat(1024))).isEqualTo("я".repeat(1024));
    }

    @Test
    void aMessageKeepsNoFile() {
        store(Outgoing.Message.text(TOPIC, "Выгрузка готова"));

        OutboxMessage read = store.pending().get(0);

        assertThat(read.kind()).isEqualTo(OutboxMessage.Kind.MESSAGE);
        assertThat(read.fileName()).isNull();
        assertThat(read.fileContent()).isNull();
    }

    @Test
    void aDocumentWaitsInItsChatsLaneBehindTheMessagesBeforeIt() {
        OutboxMessage document = OutboxRows.of(new Outgoing.Document(TOPIC, "export.xlsx", new byte[1], null), NOW).get(0);

        assertThat(document.lane()).isEqualTo(OutboxMessage.chatLane(TOPIC.id()));
        assertThat(document.isForChat()).isTrue();
    }

    private void store(Outgoing outgoing) {
        OutboxRows.of(outgoing, NOW).forEach(row -> OutboxRows.insert(jdbc, row, NOW));
    }

    private static byte[] everyByte() {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    private static SingleConnectionDataSource migrated() {
        SingleConnectionDataSource database = new SingleConnectionDataSource("jdbc:h2:mem:outbox-" + UUID.randomUUID(), "sa", "", true);
        Flyway.configure().dataSource(database).load().migrate();
        return database;
    }
}

package ru.hotline500.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.hotline500.telegram.ChatKind;
import ru.hotline500.telegram.outbox.Delivery;
import ru.hotline500.telegram.outbox.OutboxMessage;

/** Files both ways through the real library, over HTTP, against the fake Bot API; no application context. */
class TelegramFilesTests {

    private static final long GROUP = -1001234;
    private static final int TOPIC = 77;

    private FakeBotApi telegram;
    private BotApi api;

    @BeforeEach
    void startTelegram() throws Exception {
        telegram = new FakeBotApi();
        api = new BotApi(URI.create(telegram.url()), FakeBotApi.TOKEN);
    }

    @AfterEach
    void stopTelegram() {
        telegram.close();
    }

    @Test
    void aDocumentReachesTheChatWithItsBytesNameAndEscapedCaption() {
        byte[] content = everyByte();

        Delivery delivery = new TelegramChannel(api, properties()).deliver(document("Визиты за ноябрь.xlsx", content, "Визиты <ноябрь> & план"), () -> { });

        assertThat(delivery).isInstanceOfSatisfying(Delivery.Sent.class, sent -> assertThat(sent.messageId()).isNotNull());
        assertThat(telegram.documents()).singleElement().satisfies(sent -> {
            assertThat(sent.chatId()).isEqualTo(GROUP);
            assertThat(sent.fileName()).isEqualTo("Визиты за ноябрь.xlsx");
            assertThat(sent.content()).isEqualTo(content);
            assertThat(sent.caption()).isEqualTo("Визиты &lt;ноябрь&gt; &amp; план");
        });
        JsonNode form = telegram.calls("sendDocument").get(0).body();
        assertThat(form.get("parse_mode").asText()).isEqualTo("HTML");
        assertThat(form.get("message_thread_id").asInt()).isEqualTo(TOPIC);
    }

    @Test
    void aDocumentWithoutACaptionGoesWithout() {
        new TelegramChannel(api, properties()).deliver(document("export.xlsx", new byte[] {42}, null), () -> { });

        assertThat(telegram.documents()).singleElement().satisfies(sent -> assertThat(sent.caption()).isNull());
    }

    @Test
    void aDocumentMetByNginxsErrorPageIsToBeRetriedNotDropped() {
        telegram.faultNextSends(FakeBotApi.Fault.html(502, "502 Bad Gateway"));

        Delivery delivery = new TelegramChannel(api, properties()).deliver(document("export.xlsx", new byte[] {42}, null), () -> { });

        assertThat(delivery).isInstanceOfSatisfying(Delivery.Transient.class, t -> assertThat(t.reason()).contains("HTTP 502"));
        assertThat(telegram.documents()).isEmpty();
    }

    @Test
    void anOfferedFileIsDownloadedWhole() throws IOException {
        byte[] content = everyByte();
        telegram.offerFile("BQACAgIAAxkBAAI", content);

        assertThat(files().download("BQACAgIAAxkBAAI", content.length)).isEqualTo(content);
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() {
        telegram.offerFile("BQACAgIAAxkBAAI", "слишком большой файл".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> files().download("BQACAgIAAxkBAAI", 10)).isInstanceOf(IOException.class).hasMessageContaining("over the limit");
        assertThat(telegram.calls("getFile")).hasSize(1);
        assertThat(telegram.calls("file")).isEmpty();
    }

    @Test
    void aFileTelegramDoesNotKnowIsAnIOExceptionWithTheCause() {
        assertThatThrownBy(() -> files().download("no-such-file", 1000)).isInstanceOf(IOException.class)
                .hasCauseInstanceOf(BotApiFailure.class);
    }

    private TelegramFiles files() {
        return new TelegramFiles(api, properties());
    }

    private TelegramProperties properties() {
        return new TelegramProperties(FakeBotApi.TOKEN, URI.create(telegram.url()), Duration.ofSeconds(30), 1,
                Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(15));
    }

    private static OutboxMessage document(String fileName, byte[] content, String caption) {
        return new OutboxMessage(1, GROUP, ChatKind.SUPERGROUP, TOPIC, OutboxMessage.Kind.DOCUMENT, caption, List.of(), null, null,
                fileName, content, 0, Instant.now());
    }

    /** Every byte value, line ends and dashes included: what a careless multipart reading would break. */
    private static byte[] everyByte() {
        byte[] bytes = new byte[1024];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}

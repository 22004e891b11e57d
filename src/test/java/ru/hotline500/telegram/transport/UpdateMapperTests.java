package ru.hotline500.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import ru.hotline500.telegram.ChatKind;
import ru.hotline500.telegram.ChatRef;
import ru.hotline500.telegram.Inbound;

class UpdateMapperTests {

    private final FakeBotApi.UpdateJson json = new FakeBotApi.UpdateJson();
    private final UpdateMapper mapper = new UpdateMapper(FakeBotApi.BOT_ID, FakeBotApi.BOT_NAME);

    @Test
    void aCommandAddressedToTheBotInAGroupIsACommand() throws Exception {
        Inbound inbound = map(json.message(-100, "supergroup", 7, "/help@" + FakeBotApi.BOT_NAME));

        assertThat(inbound).isInstanceOfSatisfying(Inbound.Message.class, m -> {
            assertThat(m.command()).isEqualTo("help");
            assertThat(m.chat().kind()).isEqualTo(ChatKind.SUPERGROUP);
        });
    }

    @Test
    void aCommandForAnotherBotAndGroupTalkAreIgnored() throws Exception {
        assertThat(map(json.message(-100, "group", 7, "/help@other_bot"))).isInstanceOf(Inbound.Ignored.class);
        assertThat(map(json.message(-100, "group", 7, "коллеги, кто знает сроки?"))).isInstanceOf(Inbound.Ignored.class);
    }

    @Test
    void aReplyToTheBotInAForumTopicIsAQuestionAnsweredInThatTopic() throws Exception {
        ObjectNode message = json.message(-100, "supergroup", 7, "а когда экспертиза?");
        message.put("is_topic_message", true);
        message.put("message_thread_id", 42);
        ObjectNode replied = json.message(-100, "supergroup", FakeBotApi.BOT_ID, "Ответ бота");
        replied.set("from", json.user(FakeBotApi.BOT_ID));
        message.set("reply_to_message", replied);

        assertThat(map(message)).isInstanceOfSatisfying(Inbound.Message.class, m -> {
            assertThat(m.isCommand()).isFalse();
            assertThat(m.chat().threadId()).isEqualTo(42);
        });
    }

    @Test
    void aGroupTurnedSupergroupIsAMigration() throws Exception {
        ObjectNode message = json.message(-100, "group", 7, null);
        message.remove("text");
        message.put("migrate_to_chat_id", -1001234L);

        assertThat(map(message)).isEqualTo(new Inbound.ChatMigrated(1, new ru.hotline500.telegram.ChatRef(-100, ChatKind.GROUP, null), -1001234L));
    }

    @Test
    void aDocumentInAPrivateChatIsMappedWithItsFileAndCaption() throws Exception {
        ObjectNode message = document(json.message(501, "private", 501, null), "  визиты за ноябрь  ");

        assertThat(map(message)).isInstanceOfSatisfying(Inbound.Document.class, d -> {
            assertThat(d.chat().isPrivate()).isTrue();
            assertThat(d.from().userId()).isEqualTo(501);
            assertThat(d.messageId()).isEqualTo(message.get("message_id").asInt());
            assertThat(d.fileId()).isEqualTo("BQACAgIAAxkBAAI");
            assertThat(d.fileName()).isEqualTo("Дорожная карта.xlsx");
            assertThat(d.fileSize()).isEqualTo(48_213L);
            assertThat(d.caption()).isEqualTo("визиты за ноябрь");
        });
    }

    @Test
    void aDocumentWithoutACaptionHasAnEmptyOne() throws Exception {
        assertThat(map(document(json.message(501, "private", 501, null), null)))
                .isInstanceOfSatisfying(Inbound.Document.class, d -> assertThat(d.caption()).isEmpty());
    }

    @Test
    void aDocumentInAGroupNotReplyingToTheBotIsGroupTalk() throws Exception {
        assertThat(map(document(json.message(-100, "supergroup", 7, null), "/import@" + FakeBotApi.BOT_NAME)))
                .isInstanceOfSatisfying(Inbound.Ignored.class, i -> assertThat(i.reason()).isEqualTo("group talk"));
    }

    @Test
    void aDocumentReplyingToTheBotInAGroupIsMapped() throws Exception {
        ObjectNode message = document(json.message(-100, "supergroup", 7, null), "вот таблица");
        ObjectNode replied = json.message(-100, "supergroup", FakeBotApi.BOT_ID, "Пришлите таблицу ответом на это сообщение");
        message.set("reply_to_message", replied);

        assertThat(map(message)).isInstanceOfSatisfying(Inbound.Document.class, d -> {
            assertThat(d.chat().kind()).isEqualTo(ChatKind.SUPERGROUP);
            assertThat(d.fileId()).isEqualTo("BQACAgIAAxkBAAI");
            assertThat(d.caption()).isEqualTo("вот таблица");
        });
    }

    private static ObjectNode document(ObjectNode message, String caption) {
        message.remove("text");
        message.putObject("document").put("file_id", "BQACAgIAAxkBAAI").put("file_unique_id", "AgADBQ")
                .put("file_name", "Дорожная карта.xlsx").put("file_size", 48_213);
        if (caption != null) {
            message.put("caption", caption);
        }
        return message;
    }

    private Inbound map(ObjectNode message) throws Exception {
        ObjectNode update = new ObjectMapper().createObjectNode();
        update.put("update_id", 1);
        update.set("message", message);
        return mapper.map(new ObjectMapper().treeToValue(update, Update.class));
    }
}

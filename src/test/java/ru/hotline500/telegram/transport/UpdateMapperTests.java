package ru.hotline500.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import ru.hotline500.telegram.ChatKind;
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

    private Inbound map(ObjectNode message) throws Exception {
        ObjectNode update = new ObjectMapper().createObjectNode();
        update.put("update_id", 1);
        update.set("message", message);
        return mapper.map(new ObjectMapper().treeToValue(update, Update.class));
    }
}

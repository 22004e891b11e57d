package ru.hotline500.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.hotline500.telegram.TestChats;

/**
 * The whole application against a fake Bot API on 127.0.0.1, over real HTTP through the real library: choosing a
 * territory by buttons, a question answered, 429 and 500 on sendMessage, a forum group, a group turned supergroup.
 * One application serves the class; each test has people and groups of its own. Restarts are in
 * {@link TelegramBotRestartTests}.
 */
class TelegramBotEndToEndTests {

    private static final int TOPIC = 77;
    private static final Duration WAIT = Duration.ofMinutes(2);

    private static BotRun bot;
    private static FakeBotApi telegram;

    private final long chat = TestChats.newId();

    @BeforeAll
    static void start() throws Exception {
        bot = BotRun.start();
        telegram = bot.telegram();
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void aNewcomerChoosesTheTerritoryByButtonsAndGetsTheRightDeadline() throws Exception {
        int buttonsAnswered = telegram.calls("answerCallbackQuery").size();
        telegram.text(chat, chat, "/start");
        awaitDelivered(1);
        assertThat(lastText()).contains("Выберите, пожалуйста, ваш регион");
        assertThat(buttonData(last())).contains("r:rostov", "r:sakhalin");

        telegram.press(chat, chat, 1, "r:rostov");
        awaitDelivered(2);
        assertThat(buttonData(last())).contains("t:dubovsky", "t:neklinovsky", "t:rostov", "regions");
        telegram.press(chat, chat, 2, "t:dubovsky");
        awaitDelivered(3);
        assertThat(lastText()).contains("Дубовский район (Ростовская область)");
        assertThat(telegram.calls("answerCallbackQuery")).hasSize(buttonsAnswered + 2);

        telegram.text(chat, chat, "до какого числа разместить концептуальные документы в МЭДК?");
        awaitDelivered(4);
        assertThat(lastText()).contains("до 15 апреля 2021").contains("п. 5").contains("Дорожная карта Дубовского района");
        assertThat(last().get("parse_mode").asText()).isEqualTo("HTML");
    }

    @Test
    void aForgedButtonIsAnsweredAndChangesNothing() throws Exception {
        int buttonsAnswered = telegram.calls("answerCallbackQuery").size();
        telegram.press(chat, chat, 1, "t:nowhere");
        telegram.await("the button answered", t -> t.calls("answerCallbackQuery").size() == buttonsAnswered + 1, WAIT);
        assertThat(telegram.calls("answerCallbackQuery").get(buttonsAnswered).body().get("text").asText()).contains("больше не действует");
        telegram.text(chat, chat, "когда экспертиза");
        awaitDelivered(1);
        assertThat(lastText()).contains("мне нужно знать вашу территорию");
    }

    @Test
    void a429IsWaitedOutAndA500IsRetriedAndEachReplyArrivesOnce() throws Exception {
        telegram.failNextSends(1, 429, 500);
        long before = System.nanoTime();
        telegram.text(chat, chat, "/help");
        awaitDelivered(1);
        List<FakeBotApi.Call> attempts = telegram.calls("sendMessage").stream()
                .filter(call -> call.body().get("chat_id").asLong() == chat).toList();
        assertThat(attempts).extracting(FakeBotApi.Call::status).containsExactly(429, 500, 200);
        assertThat(Duration.ofNanos(attempts.get(1).nanoTime() - attempts.get(0).nanoTime())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(Duration.ofNanos(attempts.get(2).nanoTime() - before)).isLessThan(WAIT);
        Thread.sleep(1500);
        assertThat(telegram.delivered(chat)).hasSize(1);
    }

    @Test
    void inAForumGroupTheBotGreetsAnswersWhatIsAddressedToItInTheSameTopicAndIgnoresTheRest() throws Exception {
        long group = -TestChats.newId();
        telegram.press(chat, chat, 1, "t:dubovsky");
        awaitDelivered(1);
        telegram.push(update -> update.set("my_chat_member", botAdded(group)));
        awaitInGroup(group, 1);
        assertThat(telegram.delivered(group).get(0).get("text").asText()).contains("Спасибо, что добавили меня в группу")
                .contains("@" + FakeBotApi.BOT_NAME);

        telegram.push(update -> update.set("message", inTopic(group, "коллеги, кто уже загрузил концепции?")));
        telegram.push(update -> update.set("message", inTopic(group, "/help@another_bot")));
        telegram.push(update -> update.set("message", inTopic(group, "/help@" + FakeBotApi.BOT_NAME)));
        awaitInGroup(group, 2);
        JsonNode help = telegram.delivered(group).get(1);
        assertThat(help.get("text").asText()).contains("ответом (reply) на любое моё сообщение");
        assertThat(help.get("message_thread_id").asInt()).isEqualTo(TOPIC);

        ObjectNode question = inTopic(group, "до какого числа разместить концептуальные документы в МЭДК?");
        ObjectNode botMessage = telegram.message(group, "supergroup", FakeBotApi.BOT_ID, "…");
        botMessage.put("message_thread_id", TOPIC).put("is_topic_message", true);
        question.set("reply_to_message", botMessage);
        telegram.push(update -> update.set("message", question));
        awaitInGroup(group, 3);
        JsonNode answer = telegram.delivered(group).get(2);
        assertThat(answer.get("text").asText()).contains("до 15 апреля 2021").contains("п. 5");
        assertThat(answer.get("message_thread_id").asInt()).isEqualTo(TOPIC);
        assertThat(answer.path("reply_parameters").path("message_id").asInt()).isEqualTo(question.get("message_id").asInt());
        Thread.sleep(1000);
        assertThat(telegram.delivered(group)).hasSize(3);
    }

    @Test
    void aGroupThatBecomesASupergroupKeepsItsRecordUnderTheNewId() throws Exception {
        long oldGroup = -TestChats.newId();
        long supergroup = -TestChats.newId();
        ObjectNode added = botAdded(oldGroup);
        ((ObjectNode) added.get("chat")).put("type", "group").put("is_forum", false);
        telegram.push(update -> update.set("my_chat_member", added));
        telegram.await("the greeting", t -> t.delivered(oldGroup).size() == 1, WAIT);

        ObjectNode migration = telegram.message(oldGroup, "group", chat, null);
        migration.remove("text");
        migration.put("migrate_to_chat_id", supergroup);
        telegram.push(update -> update.set("message", migration));
        JdbcClient db = bot.db();
        telegram.await("the migration stored", t -> db.sql("select count(*) from chat where id = ?").param(supergroup)
                .query(Long.class).single() == 1, WAIT);

        assertThat(db.sql("select count(*) from chat where id = ?").param(oldGroup).query(Long.class).single()).isZero();
        assertThat(db.sql("select kind from chat where id = ?").param(supergroup).query(String.class).single()).isEqualTo("SUPERGROUP");
        assertThat(telegram.delivered(supergroup)).isEmpty();
    }

    private ObjectNode botAdded(long group) {
        ObjectNode change = new ObjectMapper().createObjectNode();
        change.putObject("chat").put("id", group).put("type", "supergroup").put("title", "Координаторы Дубовского района")
                .put("is_forum", true);
        change.set("from", telegram.user(chat));
        change.put("date", 1_700_000_000);
        change.putObject("old_chat_member").put("status", "left").set("user", telegram.user(FakeBotApi.BOT_ID));
        change.putObject("new_chat_member").put("status", "member").set("user", telegram.user(FakeBotApi.BOT_ID));
        return change;
    }

    private ObjectNode inTopic(long group, String text) {
        ObjectNode message = telegram.message(group, "supergroup", chat, text);
        ((ObjectNode) message.get("chat")).put("is_forum", true);
        message.put("message_thread_id", TOPIC).put("is_topic_message", true);
        return message;
    }

    private static void awaitInGroup(long group, int count) throws InterruptedException {
        telegram.await(count + " messages in the group", t -> t.delivered(group).size() >= count, WAIT);
    }

    private void awaitDelivered(int count) throws InterruptedException {
        bot.awaitDelivered(chat, count, WAIT);
    }

    private JsonNode last() {
        return bot.last(chat);
    }

    private String lastText() {
        return bot.lastText(chat);
    }

    private static List<String> buttonData(JsonNode message) {
        return message.path("reply_markup").path("inline_keyboard").findValuesAsText("callback_data");
    }
}

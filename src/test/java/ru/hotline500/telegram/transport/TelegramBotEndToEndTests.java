package ru.hotline500.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application against a fake Bot API on 127.0.0.1, over real HTTP through the real library: choosing a
 * territory by buttons, a question answered, 429 and 500 on sendMessage, a restart, an update left unanswered by a
 * crash, an unreachable Telegram at start, a forum group, a group turned supergroup.
 */
class TelegramBotEndToEndTests {

    private static final long CHAT = 501;
    private static final long GROUP = -1001234;
    private static final int TOPIC = 77;
    private static final Duration WAIT = Duration.ofMinutes(2);

    private FakeBotApi telegram;
    private Path dataDir;
    private ConfigurableApplicationContext app;

    @BeforeEach
    void startTelegram() throws Exception {
        telegram = new FakeBotApi();
        dataDir = Files.createTempDirectory("hotline-e2e");
    }

    @AfterEach
    void stopAll() {
        if (app != null) {
            app.close();
        }
        telegram.close();
    }

    @Test
    void aNewcomerChoosesTheTerritoryByButtonsAndGetsTheRightDeadline() throws Exception {
        app = start();
        telegram.text(CHAT, CHAT, "/start");
        awaitDelivered(1);
        assertThat(lastText()).contains("Выберите, пожалуйста, ваш регион");
        assertThat(buttonData(last())).contains("r:rostov", "r:sakhalin");

        telegram.press(CHAT, CHAT, 1, "r:rostov");
        awaitDelivered(2);
        assertThat(buttonData(last())).contains("t:dubovsky", "t:neklinovsky", "t:rostov", "regions");
        telegram.press(CHAT, CHAT, 2, "t:dubovsky");
        awaitDelivered(3);
        assertThat(lastText()).contains("Дубовский район (Ростовская область)");
        assertThat(telegram.calls("answerCallbackQuery")).hasSize(2);

        telegram.text(CHAT, CHAT, "до какого числа разместить концептуальные документы в МЭДК?");
        awaitDelivered(4);
        assertThat(lastText()).contains("до 15 апреля 2021").contains("п. 5").contains("Дорожная карта Дубовского района");
        assertThat(last().get("parse_mode").asText()).isEqualTo("HTML");
    }

    @Test
    void aForgedButtonIsAnsweredAndChangesNothing() throws Exception {
        app = start();
        telegram.press(CHAT, CHAT, 1, "t:nowhere");
        telegram.await("the button answered", t -> t.calls("answerCallbackQuery").size() == 1, WAIT);
        assertThat(telegram.calls("answerCallbackQuery").get(0).body().get("text").asText()).contains("больше не действует");
        telegram.text(CHAT, CHAT, "когда экспертиза");
        awaitDelivered(1);
        assertThat(lastText()).contains("мне нужно знать вашу территорию");
    }

    @Test
    void a429IsWaitedOutAndA500IsRetriedAndEachReplyArrivesOnce() throws Exception {
        app = start();
        telegram.failNextSends(1, 429, 500);
        long before = System.nanoTime();
        telegram.text(CHAT, CHAT, "/help");
        awaitDelivered(1);
        List<FakeBotApi.Call> attempts = telegram.calls("sendMessage");
        assertThat(attempts).extracting(FakeBotApi.Call::status).containsExactly(429, 500, 200);
        assertThat(Duration.ofNanos(attempts.get(1).nanoTime() - attempts.get(0).nanoTime())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(Duration.ofNanos(attempts.get(2).nanoTime() - before)).isLessThan(WAIT);
        Thread.sleep(1500);
        assertThat(telegram.delivered(CHAT)).hasSize(1);
    }

    @Test
    void aRestartDoesNotAnswerAnOldUpdateAgain() throws Exception {
        app = start();
        telegram.text(CHAT, CHAT, "/help");
        awaitDelivered(1);
        app.close();

        app = start();
        telegram.text(CHAT, CHAT, "/start");
        awaitDelivered(2);
        Thread.sleep(1500);
        assertThat(telegram.delivered(CHAT)).hasSize(2);
        assertThat(telegram.delivered(CHAT).get(0).get("text").asText()).contains("Я отвечаю на вопросы о сроках");
        assertThat(telegram.delivered(CHAT).get(1).get("text").asText()).contains("Выберите, пожалуйста, ваш регион");
    }

    @Test
    void startsWhileTelegramIsUnreachableAndConnectsWhenItIsBack() throws Exception {
        telegram.unreachable(true);
        app = start();
        JsonNode health = new ObjectMapper().readTree(health());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("telegram").path("status").asText()).isEqualTo("CONNECTING");

        telegram.unreachable(false);
        telegram.text(CHAT, CHAT, "/help");
        awaitDelivered(1);
        assertThat(health()).contains("POLLING");
        assertThat(telegram.calls("setMyCommands")).hasSize(2);
    }

    @Test
    void anUpdateStoredButNotAnsweredWhenTheBotDiedIsAnsweredAtTheNextStart() throws Exception {
        app = start();
        telegram.text(CHAT, CHAT, "/help");
        awaitDelivered(1);
        app.close();
        storeUnansweredStart(0);

        app = start();
        awaitDelivered(2);
        long answered = System.nanoTime();
        telegram.await("polling again", t -> t.calls("getUpdates").stream().anyMatch(poll -> poll.nanoTime() > answered), WAIT);

        assertThat(lastText()).contains("Выберите, пожалуйста, ваш регион");
        // a poll is listed when it is answered, with the time it arrived: the first run's last poll, held open until
        // its timeout, may be listed after the answer; only the polls that arrived after it tell the offset used now
        assertThat(telegram.calls("getUpdates").stream().filter(poll -> poll.nanoTime() > answered))
                .allSatisfy(poll -> assertThat(poll.body().get("offset").asLong()).isEqualTo(3));
    }

    @Test
    void anUpdateThatThreeStartsDidNotAnswerIsGivenUpWithOneApology() throws Exception {
        app = start();
        telegram.text(CHAT, CHAT, "/help");
        awaitDelivered(1);
        app.close();
        storeUnansweredStart(3);

        app = start();
        awaitDelivered(2);
        Thread.sleep(1500);

        assertThat(telegram.delivered(CHAT)).hasSize(2);
        assertThat(lastText()).contains("Извините, при обработке вашего сообщения произошла ошибка");
        JdbcClient db = JdbcClient.create(app.getBean(DataSource.class));
        assertThat(db.sql("select status from telegram_update where update_id = 2").query(String.class).single()).isEqualTo("FAILED");
    }

    @Test
    void inAForumGroupTheBotGreetsAnswersWhatIsAddressedToItInTheSameTopicAndIgnoresTheRest() throws Exception {
        app = start();
        telegram.press(CHAT, CHAT, 1, "t:dubovsky");
        awaitDelivered(1);
        telegram.push(update -> update.set("my_chat_member", botAdded()));
        awaitInGroup(1);
        assertThat(telegram.delivered(GROUP).get(0).get("text").asText()).contains("Спасибо, что добавили меня в группу")
                .contains("@" + FakeBotApi.BOT_NAME);

        telegram.push(update -> update.set("message", inTopic(CHAT, "коллеги, кто уже загрузил концепции?")));
        telegram.push(update -> update.set("message", inTopic(CHAT, "/help@another_bot")));
        telegram.push(update -> update.set("message", inTopic(CHAT, "/help@" + FakeBotApi.BOT_NAME)));
        awaitInGroup(2);
        JsonNode help = telegram.delivered(GROUP).get(1);
        assertThat(help.get("text").asText()).contains("ответом (reply) на любое моё сообщение");
        assertThat(help.get("message_thread_id").asInt()).isEqualTo(TOPIC);

        ObjectNode question = inTopic(CHAT, "до какого числа разместить концептуальные документы в МЭДК?");
        ObjectNode botMessage = telegram.message(GROUP, "supergroup", FakeBotApi.BOT_ID, "…");
        botMessage.put("message_thread_id", TOPIC).put("is_topic_message", true);
        question.set("reply_to_message", botMessage);
        telegram.push(update -> update.set("message", question));
        awaitInGroup(3);
        JsonNode answer = telegram.delivered(GROUP).get(2);
        assertThat(answer.get("text").asText()).contains("до 15 апреля 2021").contains("п. 5");
        assertThat(answer.get("message_thread_id").asInt()).isEqualTo(TOPIC);
        assertThat(answer.path("reply_parameters").path("message_id").asInt()).isEqualTo(question.get("message_id").asInt());
        Thread.sleep(1000);
        assertThat(telegram.delivered(GROUP)).hasSize(3);
    }

    @Test
    void aGroupThatBecomesASupergroupKeepsItsRecordUnderTheNewId() throws Exception {
        app = start();
        long oldGroup = -4001;
        ObjectNode added = botAdded();
        ((ObjectNode) added.get("chat")).put("id", oldGroup).put("type", "group");
        telegram.push(update -> update.set("my_chat_member", added));
        telegram.await("the greeting", t -> t.delivered(oldGroup).size() == 1, WAIT);

        ObjectNode migration = telegram.message(oldGroup, "group", CHAT, null);
        migration.remove("text");
        migration.put("migrate_to_chat_id", GROUP);
        telegram.push(update -> update.set("message", migration));
        JdbcClient db = JdbcClient.create(app.getBean(DataSource.class));
        telegram.await("the migration stored", t -> db.sql("select count(*) from chat where id = ?").param(GROUP)
                .query(Long.class).single() == 1, WAIT);

        assertThat(db.sql("select count(*) from chat where id = ?").param(oldGroup).query(Long.class).single()).isZero();
        assertThat(db.sql("select kind from chat where id = ?").param(GROUP).query(String.class).single()).isEqualTo("SUPERGROUP");
        assertThat(telegram.delivered(GROUP)).isEmpty();
    }

    private ObjectNode botAdded() {
        ObjectNode change = new ObjectMapper().createObjectNode();
        change.putObject("chat").put("id", GROUP).put("type", "supergroup").put("title", "Координаторы Дубовского района")
                .put("is_forum", true);
        change.set("from", telegram.user(CHAT));
        change.put("date", 1_700_000_000);
        change.putObject("old_chat_member").put("status", "left").set("user", telegram.user(FakeBotApi.BOT_ID));
        change.putObject("new_chat_member").put("status", "member").set("user", telegram.user(FakeBotApi.BOT_ID));
        return change;
    }

    private ObjectNode inTopic(long userId, String text) {
        ObjectNode message = telegram.message(GROUP, "supergroup", userId, text);
        ((ObjectNode) message.get("chat")).put("is_forum", true);
        message.put("message_thread_id", TOPIC).put("is_topic_message", true);
        return message;
    }

    private void awaitInGroup(int count) throws InterruptedException {
        telegram.await(count + " messages in the group", t -> t.delivered(GROUP).size() >= count, WAIT);
    }

    private ConfigurableApplicationContext start() {
        return BotApplication.start(dataDir, telegram);
    }

    private String health() throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    private void awaitDelivered(int count) throws InterruptedException {
        telegram.await(count + " messages delivered", t -> t.delivered(CHAT).size() >= count, WAIT);
    }

    private JsonNode last() {
        List<JsonNode> delivered = telegram.delivered(CHAT);
        return delivered.get(delivered.size() - 1);
    }

    private String lastText() {
        return last().get("text").asText();
    }

    private static List<String> buttonData(JsonNode message) {
        return message.path("reply_markup").path("inline_keyboard").findValuesAsText("callback_data");
    }

    /** A "/start" stored by a bot that died before answering it, after the given number of starts had tried. */
    private void storeUnansweredStart(int attempts) throws Exception {
        ObjectNode stored = new ObjectMapper().createObjectNode().put("update_id", 2);
        stored.set("message", telegram.message(CHAT, "private", CHAT, "/start"));
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("hotline500"), "sa", "")) {
            db.createStatement().executeUpdate("insert into telegram_update (update_id, chat_id, payload, status, received_at, attempts) "
                    + "values (2, " + CHAT + ", '" + stored + "', 'NEW', current_timestamp, " + attempts + ")");
            db.createStatement().executeUpdate("update telegram_offset set last_update_id = 2");
        }
    }
}

package ru.hotline500.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The whole application against a fake Bot API on 127.0.0.1, stopped and started again on its data: an update
 * answered before a restart is not answered again, one stored but left unanswered by a crash is answered at the
 * next start (or given up with an apology after three starts), and a Telegram unreachable at start is waited for.
 */
class TelegramBotRestartTests {

    private static final long CHAT = 501;
    private static final Duration WAIT = Duration.ofMinutes(2);

    private BotRun bot;

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void aRestartDoesNotAnswerAnOldUpdateAgain() throws Exception {
        bot = BotRun.start();
        bot.telegram().text(CHAT, CHAT, "/help");
        bot.awaitDelivered(CHAT, 1, WAIT);
        bot.restart();

        bot.telegram().text(CHAT, CHAT, "/start");
        bot.awaitDelivered(CHAT, 2, WAIT);
        Thread.sleep(1500);
        assertThat(bot.texts(CHAT)).hasSize(2);
        assertThat(bot.texts(CHAT).get(0)).contains("Я отвечаю на вопросы о сроках");
        assertThat(bot.texts(CHAT).get(1)).contains("Выберите, пожалуйста, ваш регион");
    }

    @Test
    void startsWhileTelegramIsUnreachableAndConnectsWhenItIsBack() throws Exception {
        bot = BotRun.start(telegram -> telegram.unreachable(true));
        JsonNode health = new ObjectMapper().readTree(health());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("telegram").path("status").asText()).isEqualTo("CONNECTING");

        bot.telegram().unreachable(false);
        bot.telegram().text(CHAT, CHAT, "/help");
        bot.awaitDelivered(CHAT, 1, WAIT);
        assertThat(health()).contains("POLLING");
        assertThat(bot.telegram().calls("setMyCommands")).hasSize(2);
    }

    @Test
    void anUpdateStoredButNotAnsweredWhenTheBotDiedIsAnsweredAtTheNextStart() throws Exception {
        startAgainAfterAnUnansweredStart(0);
        long answered = System.nanoTime();
        bot.telegram().await("polling again", t -> t.calls("getUpdates").stream().anyMatch(poll -> poll.nanoTime() > answered), WAIT);

        assertThat(bot.lastText(CHAT)).contains("Выберите, пожалуйста, ваш регион");
        // a poll is listed when it is answered, with the time it arrived: the first run's last poll, held open until
        // its timeout, may be listed after the answer; only the polls that arrived after it tell the offset used now
        assertThat(bot.telegram().calls("getUpdates").stream().filter(poll -> poll.nanoTime() > answered))
                .allSatisfy(poll -> assertThat(poll.body().get("offset").asLong()).isEqualTo(3));
    }

    @Test
    void anUpdateThatThreeStartsDidNotAnswerIsGivenUpWithOneApology() throws Exception {
        startAgainAfterAnUnansweredStart(3);
        Thread.sleep(1500);

        assertThat(bot.texts(CHAT)).hasSize(2);
        assertThat(bot.lastText(CHAT)).contains("Извините, при обработке вашего сообщения произошла ошибка");
        assertThat(bot.db().sql("select status from telegram_update where update_id = 2").query(String.class).single()).isEqualTo("FAILED");
    }

    private String health() throws Exception {
        int port = ((WebServerApplicationContext) bot.app()).getWebServer().getPort();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    /**
     * A bot that answered one "/help" and then died with a "/start" stored but not answered, after the given number of
     * starts had tried it, is started again; returns when the second message of the chat is delivered.
     */
    private void startAgainAfterAnUnansweredStart(int attempts) throws Exception {
        bot = BotRun.start();
        bot.telegram().text(CHAT, CHAT, "/help");
        bot.awaitDelivered(CHAT, 1, WAIT);
        bot.stop();
        storeUnansweredStart(attempts);

        bot.startAgain();
        bot.awaitDelivered(CHAT, 2, WAIT);
    }

    private void storeUnansweredStart(int attempts) throws Exception {
        ObjectNode stored = new ObjectMapper().createObjectNode().put("update_id", 2);
        stored.set("message", bot.telegram().message(CHAT, "private", CHAT, "/start"));
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + bot.database(), "sa", "")) {
            db.createStatement().executeUpdate("insert into telegram_update (update_id, chat_id, payload, status, received_at, attempts) "
                    + "values (2, " + CHAT + ", '" + stored + "', 'NEW', current_timestamp, " + attempts + ")");
            db.createStatement().executeUpdate("update telegram_offset set last_update_id = 2");
        }
    }
}

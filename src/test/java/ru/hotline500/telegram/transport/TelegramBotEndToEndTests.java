package ru.hotline500.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import ru.hotline500.Hotline500Application;

/**
 * The whole application against a fake Bot API on 127.0.0.1, over real HTTP through the real library: choosing a
 * territory by buttons, a question answered, 429 and 500 on sendMessage, a restart, an unreachable Telegram at start.
 */
class TelegramBotEndToEndTests {

    private static final long CHAT = 501;
    private static final Duration WAIT = Duration.ofSeconds(20);

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
        assertThat(health()).contains("\"telegram\"").contains("CONNECTING");

        telegram.unreachable(false);
        telegram.text(CHAT, CHAT, "/help");
        awaitDelivered(1);
        assertThat(health()).contains("POLLING");
        assertThat(telegram.calls("setMyCommands")).hasSize(2);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Hotline500Application.class).run(
                "--hotline.data-dir=" + dataDir,
                "--hotline.roadmaps.sample-dir=config/roadmaps",
                "--hotline.telegram.token=" + FakeBotApi.TOKEN,
                "--hotline.telegram.api-url=" + telegram.url(),
                "--hotline.telegram.poll-timeout=1s",
                "--hotline.telegram.longest-reconnect-wait=1s",
                "--server.port=0");
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
}

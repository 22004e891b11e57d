package ru.hotline500.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bot in its own JVM, killed with SIGKILL (kill -9) while its replies are on their way to Telegram, then
 * started again on the same database: every update is answered exactly once, and none is fetched again.
 */
class TelegramBotCrashTests {

    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final long[] CHATS = {701, 702, 703};
    private static final long LATE_CHAT = 704;

    private FakeBotApi telegram;
    private Path dataDir;
    private Process bot;

    @BeforeEach
    void startTelegram() throws Exception {
        telegram = new FakeBotApi();
        dataDir = Files.createTempDirectory("hotline-crash");
    }

    @AfterEach
    void stopAll() throws Exception {
        if (bot != null) {
            bot.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        telegram.close();
    }

    @Test
    void aBotKilledWhileSendingAnswersEveryUpdateOnceAfterItsRestart() throws Exception {
        telegram.holdSends(true);
        bot = startBot("first-run");
        for (long chat : CHATS) {
            telegram.text(chat, chat, "/help");
        }
        telegram.await("a reply on its way to each chat", t -> CHATS.length == t.calls("sendMessage").stream()
                .map(c -> c.body().get("chat_id").asLong()).distinct().count(), WAIT);

        bot.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(telegram.calls("sendMessage")).allMatch(c -> c.status() == 0);
        telegram.holdSends(false);
        long restarted = System.nanoTime();
        telegram.text(LATE_CHAT, LATE_CHAT, "/help");

        bot = startBot("second-run");
        telegram.await("every chat answered", t -> List.of(701L, 702L, 703L, LATE_CHAT).stream()
                .allMatch(chat -> !t.delivered(chat).isEmpty()), WAIT);
        Thread.sleep(2000);

        for (long chat : List.of(701L, 702L, 703L, LATE_CHAT)) {
            assertThat(telegram.delivered(chat)).as("chat %d", chat).singleElement()
                    .satisfies(m -> assertThat(m.get("text").asText()).contains("Я отвечаю на вопросы о сроках"));
        }
        // polls are listed when answered, with their arrival time: the killed run's last poll may be listed late
        JsonNode firstPollAfterRestart = telegram.calls("getUpdates").stream().filter(poll -> poll.nanoTime() > restarted)
                .min(java.util.Comparator.comparingLong(FakeBotApi.Call::nanoTime)).orElseThrow().body();
        assertThat(firstPollAfterRestart.get("offset").asLong()).isEqualTo(CHATS.length + 1);
    }

    private Process startBot(String name) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "ru.hotline500.Main",
                "--hotline.roadmaps.sample-dir=config/roadmaps",
                "--hotline.telegram.poll-timeout=1s",
                "--hotline.telegram.longest-reconnect-wait=1s",
                "--server.port=0");
        builder.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        builder.environment().put("TELEGRAM_API_URL", telegram.url());
        builder.environment().put("HOTLINE_DATA_DIR", dataDir.toString());
        File log = Path.of("target", "crash-test-" + name + ".log").toFile();
        builder.redirectErrorStream(true).redirectOutput(log);
        return builder.start();
    }
}

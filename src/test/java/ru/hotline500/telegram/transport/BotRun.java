package ru.hotline500.telegram.transport;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One bot under test: the fake Bot API, a data directory of its own, and the application over them, which can be
 * stopped and started again on the same data; with what was delivered to each chat.
 */
final class BotRun implements AutoCloseable {

    private final FakeBotApi telegram;
    private final Path dataDir;
    private ConfigurableApplicationContext app;

    private BotRun(FakeBotApi telegram, Path dataDir) {
        this.telegram = telegram;
        this.dataDir = dataDir;
    }

    static BotRun start() throws IOException {
        return start(telegram -> { });
    }

    /** @param beforeStart what the fake Bot API does before the application starts (e.g. it is unreachable) */
    static BotRun start(Consumer<FakeBotApi> beforeStart) throws IOException {
        BotRun run = new BotRun(new FakeBotApi(), Files.createTempDirectory("hotline-bot-run"));
        beforeStart.accept(run.telegram);
        run.app = BotApplication.start(run.dataDir, run.telegram);
        return run;
    }

    /** Stops the application (as at a graceful shutdown) and starts it again on the same data. */
    void restart() {
        stop();
        startAgain();
    }

    /** Stops the application, as at a graceful shutdown; its database stays for {@link #startAgain()}. */
    void stop() {
        app.close();
    }

    void startAgain() {
        app = BotApplication.start(dataDir, telegram);
    }

    /** The application's H2 database, to open while the application is stopped. */
    Path database() {
        return dataDir.resolve("hotline500");
    }

    FakeBotApi telegram() {
        return telegram;
    }

    ConfigurableApplicationContext app() {
        return app;
    }

    JdbcClient db() {
        return JdbcClient.create(app.getBean(DataSource.class));
    }

    void awaitDelivered(long chat, int count, Duration timeout) throws InterruptedException {
        telegram.await(count + " messages delivered to " + chat, t -> t.delivered(chat).size() >= count, timeout);
    }

    List<String> texts(long chat) {
        return telegram.delivered(chat).stream().map(m -> m.get("text").asText()).toList();
    }

    String lastText(long chat) {
        return last(chat).get("text").asText();
    }

    JsonNode last(long chat) {
        List<JsonNode> delivered = telegram.delivered(chat);
        return delivered.get(delivered.size() - 1);
    }

    @Override
    public void close() {
        app.close();
        telegram.close();
    }
}

package ru.hotline500.telegram.transport;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

/**
 * Telegram's limits across restarts, with the bot in a JVM of its own killed with SIGKILL, against a fake Bot API
 * that answers 429 past 30 messages a second and past 20 a minute per group, as Telegram does.
 * <ol>
 *   <li>A backlog: while sendMessage answers nginx's 502 page, N people ask (some of them in groups); every reply is
 *   tried and stays in the outbox; the bot is killed.</li>
 *   <li>A restart with that backlog: prints the time to deliver it, the most calls that reached Telegram in any one
 *   second (target: at most 30), the 429s met (target: 0) and duplicates (target: 0).</li>
 *   <li>A kill in the middle of sending: N more people ask, the bot is killed after a third of the replies were
 *   delivered and started again; prints the duplicates and how many replies the outbox marked as of unknown
 *   outcome (the window that remains between Telegram's answer and our commit).</li>
 * </ol>
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark.import.skip=true -Dbenchmark.answers.skip=true -Dbenchmark.telegram.skip=true
 * -Dbenchmark.digest.skip=true} (or this class's main: N, default 300).
 */
public final class RestartBacklogBenchmark {

    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final int GROUPS = 3;
    private static final int PER_GROUP = 10;

    private RestartBacklogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path data = Files.createTempDirectory("hotline-restart-bench");
        try (FakeBotApi telegram = new FakeBotApi()) {
            telegram.limitPerSecond(30);
            telegram.limitPerGroup(20);
            long[] chats = LongStream.rangeClosed(10_001, 10_000 + people - GROUPS * PER_GROUP).toArray();
            backlog(telegram, data, chats);
            restartWithBacklog(telegram, data, chats);
            killWhileSending(telegram, data, LongStream.rangeClosed(20_001, 20_000 + people).toArray());
        }
        System.exit(0);
    }

    private static void backlog(FakeBotApi telegram, Path data, long[] chats) throws Exception {
        telegram.sendsFailWithHtml(true);
        Process bot = start(telegram, data, "backlog");
        try {
            for (long chat : chats) {
                telegram.text(chat, chat, "/help");
            }
            for (int group = 1; group <= GROUPS; group++) {
                long id = -1_000_000L - group;
                for (int i = 0; i < PER_GROUP; i++) {
                    telegram.push(u -> u.set("message", telegram.message(id, "supergroup", 7, "/help@" + FakeBotApi.BOT_NAME)));
                }
            }
            int rows = chats.length + GROUPS * PER_GROUP;
            telegram.await("every reply tried once", t -> t.calls("sendMessage").size() >= rows, WAIT);
        } finally {
            kill(bot);
            telegram.sendsFailWithHtml(false);
        }
    }

    private static void restartWithBacklog(FakeBotApi telegram, Path data, long[] chats) throws Exception {
        int limitedBefore = telegram.limited() + telegram.groupLimited();
        long restarted = System.nanoTime();
        Process bot = start(telegram, data, "restart");
        try {
            telegram.await("the backlog delivered", t -> LongStream.of(chats).allMatch(c -> !t.delivered(c).isEmpty())
                    && groups().stream().allMatch(g -> t.delivered(g).size() >= PER_GROUP), WAIT);
            double seconds = (System.nanoTime() - restarted) / 1e9;
            Thread.sleep(2000);
            List<Long> arrivals = telegram.arrivals("sendMessage", restarted);
            long closest = Long.MAX_VALUE;
            for (int i = 1; i < arrivals.size(); i++) {
                closest = Math.min(closest, arrivals.get(i) - arrivals.get(i - 1));
            }
            System.out.printf(Locale.ROOT, "  closest two arrivals %.1f ms; first 40 gaps (ms): %s%n", closest / 1e6,
                    java.util.stream.IntStream.range(1, Math.min(41, arrivals.size()))
                            .mapToObj(i -> String.format(Locale.ROOT, "%.0f", (arrivals.get(i) - arrivals.get(i - 1)) / 1e6)).toList());
            System.out.printf(Locale.ROOT, "Restart with a backlog of %d replies: delivered %.1f s after the restart; busiest second %d calls "
                            + "(target <= 30); 429s %d (target 0); duplicates %d (target 0)%n",
                    chats.length + GROUPS * PER_GROUP, seconds, telegram.busiestSecond("sendMessage", restarted),
                    telegram.limited() + telegram.groupLimited() - limitedBefore, duplicates(telegram, chats));
        } finally {
            kill(bot);
        }
    }

    private static void killWhileSending(FakeBotApi telegram, Path data, long[] chats) throws Exception {
        Process bot = start(telegram, data, "kill-first");
        long asked = System.nanoTime();
        for (long chat : chats) {
            telegram.text(chat, chat, "/help");
        }
        telegram.await("a third delivered", t -> LongStream.of(chats).filter(c -> !t.delivered(c).isEmpty()).count() >= chats.length / 3, WAIT);
        kill(bot);
        bot = start(telegram, data, "kill-second");
        try {
            telegram.await("every reply delivered", t -> LongStream.of(chats).allMatch(c -> !t.delivered(c).isEmpty()), WAIT);
            Thread.sleep(2000);
        } finally {
            kill(bot);
        }
        System.out.printf(Locale.ROOT, "kill -9 while sending %d replies: duplicates %d; rows of unknown outcome %d; busiest second %d; "
                        + "429s in all %d%n", chats.length, duplicates(telegram, chats), unknownOutcomes(data, chats),
                telegram.busiestSecond("sendMessage", asked), telegram.limited() + telegram.groupLimited());
    }

    private static List<Long> groups() {
        return LongStream.rangeClosed(1, GROUPS).map(g -> -1_000_000L - g).boxed().toList();
    }

    private static long duplicates(FakeBotApi telegram, long[] chats) {
        return LongStream.of(chats).map(c -> {
            List<JsonNode> delivered = telegram.delivered(c);
            return Math.max(0, delivered.size() - 1);
        }).sum();
    }

    private static long unknownOutcomes(Path data, long[] chats) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("hotline500"), "sa", "");
             ResultSet rows = db.createStatement().executeQuery("select count(*) from outbox_message where unknown_outcomes > 0 "
                     + "and chat_id between " + chats[0] + " and " + chats[chats.length - 1])) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Process start(FakeBotApi telegram, Path data, String name) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "ru.hotline500.Main",
                "--hotline.roadmaps.sample-dir=config/roadmaps", "--hotline.telegram.poll-timeout=1s",
                "--hotline.telegram.longest-reconnect-wait=1s", "--server.port=0");
        builder.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        builder.environment().put("TELEGRAM_API_URL", telegram.url());
        builder.environment().put("HOTLINE_DATA_DIR", data.toString());
        File log = Path.of("target", "restart-benchmark-" + name + ".log").toFile();
        builder.redirectErrorStream(true).redirectOutput(log);
        return builder.start();
    }

    private static void kill(Process bot) throws InterruptedException {
        bot.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
}

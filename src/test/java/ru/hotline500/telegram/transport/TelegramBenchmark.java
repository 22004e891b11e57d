package ru.hotline500.telegram.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.hotline500.Hotline500Application;
import ru.hotline500.telegram.BotRouter;
import ru.hotline500.telegram.EchoRouter;

/**
 * The whole path under load: fake Bot API over HTTP → long polling → inbox → answer → outbox → sendMessage, with
 * many simulated people, each with a territory and questions from the evaluation set. Run twice: with the real bot
 * and with an echo router on the same stack. Prints the throughput (everything sent at once) and the latency from
 * the update's arrival at the fake to its reply's sendMessage, p50/p99, at a steady 200 questions/s. Each mode runs
 * twice (the first round only warms the JVM); the throughput is the median of three bursts.
 *
 * <p>Telegram's global limit of 30 messages/s would cap both runs at 30/s: the benchmark raises it (and the per-chat
 * limits are never reached: every person asks at most once every few seconds).
 *
 * <p>{@code ./mvnw -Pbenchmark verify} (or this class's main: people, rate, seconds).
 */
public final class TelegramBenchmark {

    private final int people;
    private final int rate;
    private final int seconds;
    private final List<Question> questions;
    private final Map<String, List<Question>> questionsByTerritory;

    record Question(String territory, String text) {
    }

    record Result(String name, double throughput, long p50Micros, long p99Micros, long maxMicros, int lost) {
    }

    private TelegramBenchmark(int people, int rate, int seconds) throws IOException {
        this.people = people;
        this.rate = rate;
        this.seconds = seconds;
        this.questions = Files.readAllLines(Path.of("src/test/resources/answers/questions.tsv"), StandardCharsets.UTF_8).stream()
                .skip(1).map(line -> line.split("\t")).map(f -> new Question(f[0], f[2])).toList();
        this.questionsByTerritory = questions.stream().collect(Collectors.groupingBy(Question::territory));
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        TelegramBenchmark benchmark = new TelegramBenchmark(people, rate, seconds);
        // a first round of each only warms the JVM (JIT, pools); the second is measured
        benchmark.run(true);
        benchmark.run(false);
        Result echo = benchmark.run(true);
        Result bot = benchmark.run(false);
        System.out.printf("%nTelegram path benchmark: %d people, %d processors, global limit raised to 100000/s%n",
                people, Runtime.getRuntime().availableProcessors());
        for (Result r : List.of(echo, bot)) {
            System.out.printf("  %-5s throughput %7.1f replies/s; at %d questions/s: p50 %6.1f ms, p99 %6.1f ms, max %6.1f ms; lost %d%n",
                    r.name(), r.throughput(), rate, r.p50Micros() / 1000.0, r.p99Micros() / 1000.0, r.maxMicros() / 1000.0, r.lost());
        }
        System.out.printf("  bot/echo throughput ratio %.2f (target >= 0.5); bot p99 %.1f ms (target < 50 ms)%n",
                bot.throughput() / echo.throughput(), bot.p99Micros() / 1000.0);
        System.exit(0);
    }

    private Result run(boolean echo) throws Exception {
        String name = echo ? "echo" : "bot";
        Path dataDir = Files.createTempDirectory("hotline-telegram-benchmark");
        try (FakeBotApi telegram = new FakeBotApi()) {
            telegram.recordCalls(false);
            Replies replies = new Replies();
            telegram.onDelivered(replies::delivered);
            ConfigurableApplicationContext app = start(telegram, dataDir, echo);
            try {
                List<String> territories = seedPeople(app.getBean(DataSource.class));
                waitForPolling(app);
                System.out.printf("%s: warming up%n", name);
                steady(telegram, replies, territories, Math.min(people, rate * 5), rate);
                replies.reset();
                double[] bursts = new double[3];
                for (int round = 0; round < bursts.length; round++) {
                    System.out.printf("%s: %d questions at once%n", name, people);
                    bursts[round] = burst(telegram, replies, territories, JdbcClient.create(app.getBean(DataSource.class)));
                    replies.reset();
                    Thread.sleep(3000);
                }
                Arrays.sort(bursts);
                double throughput = bursts[1];
                System.out.printf("%s: %d questions/s for %d s%n", name, rate, seconds);
                int lost = steady(telegram, replies, territories, rate * seconds, rate);
                long[] latencies = replies.latencies();
                return new Result(name, throughput, percentile(latencies, 0.50), percentile(latencies, 0.99),
                        latencies.length == 0 ? 0 : latencies[latencies.length - 1], lost);
            } finally {
                app.close();
            }
        }
    }

    private ConfigurableApplicationContext start(FakeBotApi telegram, Path dataDir, boolean echo) {
        List<String> args = new ArrayList<>(List.of(
                "--hotline.data-dir=" + dataDir,
                "--hotline.roadmaps.sample-dir=config/roadmaps",
                "--hotline.telegram.token=" + FakeBotApi.TOKEN,
                "--hotline.telegram.api-url=" + telegram.url(),
                "--hotline.telegram.poll-timeout=1s",
                "--hotline.telegram.limits.global-per-second=100000",
                "--server.port=0",
                "--logging.level.root=WARN",
                // the fake stops answering when the benchmark closes it: the library's last poll fails noisily
                "--logging.level.org.telegram.telegrambots.longpolling.BotSession=OFF"));
        args.addAll(List.of(System.getProperty("benchmark.args", "").split(" ")).stream().filter(a -> !a.isBlank()).toList());
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Hotline500Application.class);
        if (echo) {
            // registered here, not as a scanned configuration: the other tests must get the real router
            builder.initializers(context -> ((GenericApplicationContext) context).registerBean("echoRouter", BotRouter.class,
                    EchoRouter::new, definition -> definition.setPrimary(true)));
        }
        return builder.run(args.toArray(String[]::new));
    }

    /** Every person already chose a territory (round robin over the territories of the questions). */
    private List<String> seedPeople(DataSource dataSource) {
        List<String> territories = questions.stream().map(Question::territory).distinct().sorted().toList();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        for (int person = 1; person <= people; person++) {
            jdbc.sql("insert into asker (user_id, territory_id, display_name, updated_at) values (?, ?, ?, current_timestamp)")
                    .params(userId(person), territories.get(person % territories.size()), "Участник " + person).update();
        }
        return territories;
    }

    private static void waitForPolling(ConfigurableApplicationContext app) throws InterruptedException {
        TelegramConnection connection = app.getBean(TelegramConnection.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (connection.state() != TelegramConnection.State.POLLING) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the bot did not start polling");
            }
            Thread.sleep(50);
        }
    }

    /** Everyone asks at once; the throughput is questions over the time until the last reply arrived. */
    private double burst(FakeBotApi telegram, Replies replies, List<String> territories, JdbcClient db) throws InterruptedException {
        replies.expect(people);
        long start = System.nanoTime();
        for (int person = 1; person <= people; person++) {
            ask(telegram, replies, person, territories, person);
        }
        if (!replies.awaitAll(Duration.ofMinutes(1))) {
            throw new IllegalStateException("replies missing: " + replies.missing() + "; updates by status "
                    + db.sql("select status, count(*) from telegram_update group by status").query().listOfRows()
                    + "; outbox by status " + db.sql("select status, count(*) from outbox_message group by status").query().listOfRows()
                    + "; unanswered chats " + replies.unanswered());
        }
        return people / ((replies.lastNanos() - start) / 1e9);
    }

    /** Questions at a steady rate, person after person; returns how many got no reply within 30 s. */
    private int steady(FakeBotApi telegram, Replies replies, List<String> territories, int count, int perSecond)
            throws InterruptedException {
        replies.expect(count);
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            long now;
            while ((now = System.nanoTime()) < due) {
                LockSupport.parkNanos(due - now);
            }
            ask(telegram, replies, i % people + 1, territories, i);
        }
        replies.awaitAll(Duration.ofSeconds(30));
        return (int) replies.missing();
    }

    private void ask(FakeBotApi telegram, Replies replies, int person, List<String> territories, int n) {
        String territory = territories.get(person % territories.size());
        List<Question> own = questionsByTerritory.get(territory);
        long user = userId(person);
        replies.asked(user, System.nanoTime());
        telegram.text(user, user, own.get(n % own.size()).text());
    }

    /** Telegram user ids of the simulated people, clear of the fake bot's own id. */
    private static long userId(int person) {
        return 100_000L + person;
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Matches each reply to its chat's oldest unanswered question. */
    private static final class Replies {

        private final Map<Long, ConcurrentLinkedQueue<Long>> asked = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        private volatile CountDownLatch outstanding = new CountDownLatch(0);
        private volatile long lastNanos;

        void expect(int count) {
            outstanding = new CountDownLatch(count);
        }

        void asked(long chat, long nanos) {
            asked.computeIfAbsent(chat, c -> new ConcurrentLinkedQueue<>()).add(nanos);
        }

        void delivered(long chat, long nanos) {
            Long askedAt = asked.getOrDefault(chat, new ConcurrentLinkedQueue<>()).poll();
            if (askedAt != null) {
                latencies.add(TimeUnit.NANOSECONDS.toMicros(nanos - askedAt));
                lastNanos = nanos;
                outstanding.countDown();
            }
        }

        boolean awaitAll(Duration timeout) throws InterruptedException {
            return outstanding.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        List<Long> unanswered() {
            return asked.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).limit(20).toList();
        }

        long missing() {
            return outstanding.getCount();
        }

        long lastNanos() {
            return lastNanos;
        }

        long[] latencies() {
            long[] values = latencies.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(values);
            return values;
        }

        void reset() {
            asked.clear();
            latencies.clear();
        }
    }
}

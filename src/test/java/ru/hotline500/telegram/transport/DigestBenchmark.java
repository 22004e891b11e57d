package ru.hotline500.telegram.transport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import ru.hotline500.groups.CoordinatorGroups;
import ru.hotline500.people.Directory;
import ru.hotline500.people.People;
import ru.hotline500.territory.Territories;

/**
 * Scheduled digests for many coordinators' groups through the whole path: the schedule job, the digest builder, the
 * outbox and its limited sender, the real library, and a fake Bot API that answers 429 as Telegram does past 30
 * messages a second. Prints the total time, the messages per second and the 429s met (target: within 5 % of
 * 30 messages/s, no 429).
 *
 * <p>{@code ./mvnw -Pbenchmark verify -Dbenchmark.import.skip=true -Dbenchmark.answers.skip=true
 * -Dbenchmark.telegram.skip=true} (or this class's main: groups).
 */
public final class DigestBenchmark {

    private static final List<String> TERRITORIES = List.of("dubovsky", "neklinovsky", "kizlyar", "sakhalin", "ulyanovsk");
    private static final String COORDINATORS = """
            ФИО;Роль;Территория;Школа;Краткое название;Год
            Координатор Дубовский;муниципальный координатор;Дубовский район;;;
            Координатор Неклиновский;муниципальный координатор;Неклиновский район;;;
            Координатор Кизлярский;муниципальный координатор;Кизлярский район;;;
            Координатор Сахалинский;региональный координатор;Сахалинская область;;;
            Координатор Ульяновский;региональный координатор;Ульяновская область;;;
            """;

    private DigestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int groups = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        try (FakeBotApi telegram = new FakeBotApi()) {
            telegram.limitPerSecond(30);
            ConcurrentHashMap<Long, Long> delivered = new ConcurrentHashMap<>();
            AtomicLong duplicates = new AtomicLong();
            telegram.onDelivered((chat, nanos) -> {
                if (chat < 0 && delivered.putIfAbsent(chat, nanos) != null) {
                    duplicates.incrementAndGet();
                }
            });
            ConfigurableApplicationContext app = BotApplication.start(Files.createTempDirectory("hotline-digest-bench"), telegram,
                    "--hotline.digest.check=PT2S", "--logging.level.ru.hotline500=WARN");
            try {
                bind(app, groups);
                long start = System.nanoTime();
                long deadline = start + Duration.ofMinutes(10).toNanos();
                while (delivered.size() < groups && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                report(groups, delivered, duplicates.get(), telegram.limited());
            } finally {
                app.close();
            }
        }
        // the fake Bot API's and the application's non-daemon threads would keep the JVM a while longer
        System.exit(0);
    }

    /**
     * The groups, spread over the sample territories, first for another day; then all at once (one transaction)
     * due now — today in their territory, from midnight — so that the schedule finds every group in one run.
     */
    private static void bind(ConfigurableApplicationContext app, int count) {
        app.getBean(People.class).importTable(COORDINATORS.getBytes(StandardCharsets.UTF_8));
        Directory directory = app.getBean(Directory.class);
        Territories territories = app.getBean(Territories.class);
        CoordinatorGroups groups = app.getBean(CoordinatorGroups.class);
        TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
        for (int i = 0; i < count; i++) {
            String territory = TERRITORIES.get(i % TERRITORIES.size());
            long person = directory.peopleIn(directory.scopeOfTerritory(territory)).stream()
                    .filter(m -> m.fullName().startsWith("Координатор")).findFirst().orElseThrow().personId();
            long chat = -2_000_000_000L - i;
            // in one transaction: bound alone, the group would be due at once on a Monday after 09:00 (the default)
            // and the job would send it in the middle of binding (measured: a 19 s "stall" after the first 4)
            transactions.executeWithoutResult(status -> {
                groups.bind(chat, null, territory, person);
                groups.schedule(chat, today(territories, territory).plus(3), LocalTime.MIDNIGHT);
            });
        }
        JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
        transactions.executeWithoutResult(status -> TERRITORIES.forEach(territory ->
                jdbc.sql("update coordinator_group set digest_day = ? where territory_id = ?")
                        .params(today(territories, territory).name(), territory).update()));
    }

    private static DayOfWeek today(Territories territories, String territory) {
        return ZonedDateTime.now(territories.get(territory).timeZone()).getDayOfWeek();
    }

    private static void report(int groups, ConcurrentHashMap<Long, Long> delivered, long duplicates, int limited) {
        long first = delivered.values().stream().mapToLong(Long::longValue).min().orElse(0);
        long last = delivered.values().stream().mapToLong(Long::longValue).max().orElse(0);
        double seconds = (last - first) / 1e9;
        double perSecond = seconds > 0 ? (delivered.size() - 1) / seconds : 0;
        System.out.printf("%nDigests: %d groups, %d delivered, %d duplicates, in %.1f s (first to last delivery)%n",
                groups, delivered.size(), duplicates, seconds);
        long[] times = delivered.values().stream().mapToLong(Long::longValue).sorted().toArray();
        long[] gaps = new long[Math.max(0, times.length - 1)];
        int longest = 0;
        for (int i = 1; i < times.length; i++) {
            gaps[i - 1] = times[i] - times[i - 1];
            longest = gaps[i - 1] > gaps[longest] ? i - 1 : longest;
        }
        if (gaps.length > 0) {
            long nanosAgo = System.nanoTime() - times[longest];
            System.out.printf("Longest gap after delivery %d of %d, %.1f s after the first (at %s)%n", longest + 1, times.length,
                    (times[longest] - first) / 1e9, java.time.Instant.now().minusNanos(nanosAgo));
        }
        Arrays.sort(gaps);
        if (gaps.length > 0) {
            System.out.printf("Gap between deliveries: p50 %.1f ms, p90 %.1f ms, max %.1f ms%n", gaps[gaps.length / 2] / 1e6,
                    gaps[gaps.length * 9 / 10] / 1e6, gaps[gaps.length - 1] / 1e6);
        }
        System.out.printf("Messages per second: %.2f (target within 5 %% of 30: %s); 429 met: %d (target 0)%n",
                perSecond, Math.abs(perSecond - 30) <= 1.5 ? "yes" : "no", limited);
    }
}

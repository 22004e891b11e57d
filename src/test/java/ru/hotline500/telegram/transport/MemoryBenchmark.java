package ru.hotline500.telegram.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.hotline500.Hotline500Application;
import ru.hotline500.groups.CoordinatorGroups;
import ru.hotline500.people.DirectoryFiles;
import ru.hotline500.people.DirectoryImport;
import ru.hotline500.people.People;
import ru.hotline500.roadmap.ImportBenchmark;

/**
 * The resident memory of the running bot with national-scale data: a database with 2,000 roadmaps (one per
 * territory, besides the five samples), a directory of 10,000 people and 3,000 bound coordinators' groups; the packaged bot
 * ({@code java -jar target/hotline500.jar}, token set, fake Bot API) started on it, then a load run: each of 2,000
 * people opens a territory's link and asks a question, so that every territory's roadmap is read and answered from.
 * Printed for each set of JVM options: the time of the load run, the resident memory after it (VmRSS) and the peak
 * (VmHWM). The options recommended in the README and the Dockerfile are measured against the JVM's defaults.
 * Part of {@code ./mvnw -Pbenchmark verify} (skip it with {@code -Dbenchmark.memory.skip=true}); or this class's main:
 * the jar (default target/hotline500.jar), the number of people asking (default 2,000).
 */
public final class MemoryBenchmark {

    /** What the README and the Dockerfile recommend; keep the three in step. */
    static final List<String> RECOMMENDED = List.of("-Xmx160m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:ReservedCodeCacheSize=32m");

    /** And the C library's memory arenas bounded (glibc makes up to eight per core for the JVM's threads). */
    static final Map<String, String> RECOMMENDED_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private static final Duration LONGEST = Duration.ofMinutes(20);
    private static final int ROADMAPS = 2_000;
    private static final int PEOPLE = 10_000;
    private static final int GROUPS = 3_000;

    private final Path jar;
    private final Path filled;
    private long nextChat = 5_000_000;

    private MemoryBenchmark(Path jar, Path filled) {
        this.jar = jar;
        this.filled = filled;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 && !args[0].isBlank() ? args[0] : "target/hotline500.jar").toAbsolutePath();
        int askers = args.length > 1 ? Integer.parseInt(args[1]) : ROADMAPS;
        Path dataDir = Files.createTempDirectory("hotline-memory-bench");
        long started = System.nanoTime();
        fill(dataDir);
        System.out.printf(Locale.ROOT, "%nNational-scale data: %,d roadmaps, %,d people, %,d groups, made in %.0f s (%d cores here)%n",
                ROADMAPS, PEOPLE, GROUPS, (System.nanoTime() - started) / 1e9, Runtime.getRuntime().availableProcessors());
        MemoryBenchmark benchmark = new MemoryBenchmark(jar, dataDir);
        benchmark.measure("recommended: " + String.join(" ", RECOMMENDED) + " MALLOC_ARENA_MAX=2", RECOMMENDED,
                RECOMMENDED_ENVIRONMENT, askers);
        benchmark.measure("the JVM's defaults", List.of(), Map.of(), askers);
        System.exit(0);
    }

    /** The database of a national hotline, made in this JVM, then closed for the bot to open. */
    private static void fill(Path dataDir) {
        SpringApplication application = new SpringApplication(Hotline500Application.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run("--hotline.data-dir=" + dataDir,
                "--hotline.roadmaps.sample-dir=config/roadmaps", "--logging.level.root=WARN")) {
            ImportBenchmark.importGenerated(context, ROADMAPS);
            DirectoryImport people = context.getBean(People.class).importTable(DirectoryFiles.xlsx(PEOPLE, Year.now().getValue()));
            if (!people.problems().isEmpty()) {
                throw new IllegalStateException("the generated directory was refused: " + people.problems().get(0));
            }
            CoordinatorGroups groups = context.getBean(CoordinatorGroups.class);
            long coordinator = context.getBean(JdbcClient.class).sql("select min(id) from person").query(Long.class).single();
            for (int i = 0; i < GROUPS; i++) {
                groups.bind(-1_000_000_000_000L - i, null, "bench-" + (i % ROADMAPS), coordinator);
            }
        }
    }

    private void measure(String what, List<String> options, Map<String, String> environment, int askers) throws Exception {
        // a copy for each run: a new fake Bot API numbers its updates from 1 again, which the bot of an earlier run
        // has already stored and would take for duplicates
        Path dataDir = copy(filled);
        try (FakeBotApi telegram = new FakeBotApi()) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(options);
            command.addAll(List.of("-jar", jar.toString(), "--server.port=0"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("HOTLINE_DATA_DIR", dataDir.toString());
            builder.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
            builder.environment().put("TELEGRAM_API_URL", telegram.url());
            builder.environment().putAll(environment);
            Process bot = builder.start();
            try {
                long started = System.nanoTime();
                long[] chats = new long[askers];
                for (int i = 0; i < askers; i++) {
                    chats[i] = nextChat++;
                    telegram.text(chats[i], chats[i], "/start bench-" + (i % ROADMAPS));
                    telegram.text(chats[i], chats[i], i % 2 == 0 ? "когда мониторинг?" : "что просрочено?");
                }
                awaitAnswers(telegram, bot, chats, started);
                double seconds = (System.nanoTime() - started) / 1e9;
                long[] memory = memory(bot);
                System.out.printf(Locale.ROOT, "%-40s load run: %,d people × 2 messages answered in %.0f s; RSS after it %d MiB, peak %d MiB%n",
                        what.length() > 40 ? what.substring(0, 40) : what, askers, seconds, memory[0] / 1024, memory[1] / 1024);
                if (what.length() > 40) {
                    System.out.println("    (" + what + ")");
                }
            } finally {
                bot.destroy();
                if (!bot.waitFor(60, TimeUnit.SECONDS)) {
                    bot.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static void awaitAnswers(FakeBotApi telegram, Process bot, long[] chats, long started) throws InterruptedException {
        int answered = 0;
        while (answered < chats.length) {
            if (!bot.isAlive() || System.nanoTime() - started > LONGEST.toNanos()) {
                throw new IllegalStateException("the bot answered " + answered + " of " + chats.length + " people; "
                        + (bot.isAlive() ? "still running" : "exit " + bot.exitValue()));
            }
            Thread.sleep(500);
            answered = (int) Arrays.stream(chats).filter(chat -> telegram.delivered(chat).size() >= 2).count();
        }
    }

    private static Path copy(Path from) throws IOException {
        Path to = Files.createTempDirectory("hotline-memory-run");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    /** VmRSS and VmHWM of the process, in KiB. */
    private static long[] memory(Process process) throws IOException {
        long rss = 0;
        long peak = 0;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("VmHWM:")) {
                peak = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return new long[] {rss, peak};
    }
}

package ru.hotline500.telegram.transport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How fast the packaged application starts, each figure the median of five runs after one warm-up run (which also
 * creates the database), with the process's peak resident memory; twice: as a person runs the jar
 * ({@code java -jar target/hotline500.jar …}, the JVM's defaults), and as the Dockerfile runs it (the jar unpacked,
 * a class-data-sharing archive from one training start, the recommended options of {@link MemoryBenchmark}):
 * <ul>
 *   <li>the bot with a token: from the start of the process to its reply, at the fake Bot API, to a /help that was
 *   waiting for it;</li>
 *   <li>the console chat without a token: to its first prompt;</li>
 *   <li>commands that read the database ({@code roadmap list}, {@code ask}) and one that needs none
 *   ({@code --help}), to their exit.</li>
 * </ul>
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark.import.skip=true -Dbenchmark.answers.skip=true
 * -Dbenchmark.telegram.skip=true -Dbenchmark.digest.skip=true -Dbenchmark.restart.skip=true
 * -Dbenchmark.directory.skip=true -Dbenchmark.memory.skip=true} (or this class's main: the jar, default target/hotline500.jar; the number of runs,
 * default 5).
 */
public final class StartupBenchmark {

    private static final Duration LONGEST = Duration.ofMinutes(3);

    private final Path jar;
    private final List<String> jvmOptions;
    private final int runs;
    private final Path dataDir;
    private long nextChat = 9_001;

    private StartupBenchmark(Path jar, List<String> jvmOptions, int runs, Path dataDir) {
        this.jar = jar;
        this.jvmOptions = jvmOptions;
        this.runs = runs;
        this.dataDir = dataDir;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/hotline500.jar").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf("%nStart-up of %s, median of %d runs after one warm-up (2 cores here: %d)%n", jar.getFileName(),
                runs, Runtime.getRuntime().availableProcessors());
        System.out.println("As `java -jar` runs it, on the JVM's defaults:");
        new StartupBenchmark(jar, List.of(), runs, Files.createTempDirectory("hotline-startup-bench")).measureAll();
        System.out.println("As the Dockerfile runs it: the jar unpacked, a class-data-sharing archive, " + String.join(" ", MemoryBenchmark.RECOMMENDED) + ":");
        Path unpacked = Files.createTempDirectory("hotline-startup-cds");
        new StartupBenchmark(unpacked.resolve("jar").resolve(jar.getFileName()), cds(jar, unpacked), runs,
                Files.createTempDirectory("hotline-startup-bench")).measureAll();
        System.exit(0);
    }

    /**
     * The Dockerfile's recipe: the jar extracted by Spring Boot's tools mode and one training start that writes the
     * archive; returns the options of a run that uses it.
     */
    private static List<String> cds(Path jar, Path into) throws Exception {
        Path archive = into.resolve("hotline500.jsa");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(new ProcessBuilder(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", into.resolve("jar").toString()));
        List<String> training = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh"));
        training.addAll(MemoryBenchmark.RECOMMENDED);
        training.addAll(List.of("-jar", into.resolve("jar").resolve(jar.getFileName()).toString(), "--server.port=0"));
        ProcessBuilder builder = new ProcessBuilder(training);
        builder.environment().put("HOTLINE_DATA_DIR", into.resolve("training").toString());
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        run(builder);
        List<String> options = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive));
        options.addAll(MemoryBenchmark.RECOMMENDED);
        return options;
    }

    private static void run(ProcessBuilder builder) throws Exception {
        Process process = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(LONGEST.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("failed: " + builder.command());
        }
    }

    private void measureAll() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi()) {
            report("bot answering (token set, fake Bot API)", () -> untilAnswering(telegram));
        }
        report("console chat ready", this::untilConsolePrompt);
        report("roadmap list (reads the database)", () -> command("roadmap", "list"));
        report("ask (reads the database, answers)", () -> command("ask", "--territory", "dubovsky",
                "--today", "2021-04-10", "когда мониторинг?"));
        report("--help (no database)", () -> command("--help"));
    }

    /** One run: how long until the moment measured, and the peak resident memory until then. */
    private record Run(Duration took, long peakKib) {
    }

    private interface Measured {
        Run run() throws Exception;
    }

    private void report(String what, Measured measured) throws Exception {
        try {
            measured.run();
        } catch (IllegalStateException failed) {
            System.out.printf("%-40s failed: %s%n", what, failed.getMessage());
            return;
        }
        List<Run> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            all.add(measured.run());
        }
        long[] millis = all.stream().mapToLong(r -> r.took().toMillis()).sorted().toArray();
        long[] peaks = all.stream().mapToLong(Run::peakKib).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-40s %6.2f s (min %.2f, max %.2f)   peak RSS %4d MiB (max %d)%n", what,
                millis[millis.length / 2] / 1000.0, millis[0] / 1000.0, millis[millis.length - 1] / 1000.0,
                peaks[peaks.length / 2] / 1024, peaks[peaks.length - 1] / 1024);
    }

    private Run untilAnswering(FakeBotApi telegram) throws Exception {
        long chat = nextChat++;
        telegram.text(chat, chat, "/help");
        ProcessBuilder builder = java(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", telegram.url()),
                "--server.port=0");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true);
        long started = System.nanoTime();
        Process process = builder.start();
        Memory memory = new Memory(process);
        try {
            while (telegram.delivered(chat).isEmpty()) {
                memory.sample();
                if (!process.isAlive() || System.nanoTime() - started > LONGEST.toNanos()) {
                    throw new IllegalStateException("the bot did not answer; exit " + (process.isAlive() ? "none" : process.exitValue()));
                }
                Thread.sleep(5);
            }
            return new Run(Duration.ofNanos(System.nanoTime() - started), memory.sample());
        } finally {
            stop(process);
        }
    }

    private Run untilConsolePrompt() throws Exception {
        ProcessBuilder builder = java(Map.of(), "--server.port=0").redirectErrorStream(true);
        long started = System.nanoTime();
        Process process = builder.start();
        Memory memory = new Memory(process);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            int c;
            while ((c = out.read()) >= 0) {
                seen.append((char) c);
                // the first question of the console: the list of regions, then its prompt
                if (seen.length() >= 2 && seen.charAt(seen.length() - 2) == '>' && seen.charAt(seen.length() - 1) == ' ') {
                    return new Run(Duration.ofNanos(System.nanoTime() - started), memory.sample());
                }
                if (c == '\n') {
                    memory.sample();
                }
            }
            throw new IllegalStateException("the console ended without a prompt: " + seen);
        } finally {
            stop(process);
        }
    }

    private Run command(String... args) throws Exception {
        ProcessBuilder builder = java(Map.of(), args);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        long started = System.nanoTime();
        Process process = builder.start();
        Memory memory = new Memory(process);
        while (!process.waitFor(5, TimeUnit.MILLISECONDS)) {
            memory.sample();
            if (System.nanoTime() - started > LONGEST.toNanos()) {
                stop(process);
                throw new IllegalStateException("still running: " + Arrays.toString(args));
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + ": " + Arrays.toString(args));
        }
        return new Run(took, memory.peak());
    }

    private ProcessBuilder java(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile());
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        builder.environment().put("HOTLINE_DATA_DIR", dataDir.toString());
        builder.environment().putAll(environment);
        return builder;
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The process's peak resident memory (VmHWM of /proc), read while it lives; 0 where /proc is not there. */
    private static final class Memory {

        private final Path status;
        private long peak;

        Memory(Process process) {
            this.status = Path.of("/proc", Long.toString(process.pid()), "status");
        }

        long sample() {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // the process ended between two samples: its peak is the last one read
            }
            return peak;
        }

        long peak() {
            return peak;
        }
    }
}

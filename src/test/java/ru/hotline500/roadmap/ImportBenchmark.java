package ru.hotline500.roadmap;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import ru.hotline500.Hotline500Application;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;
import ru.hotline500.territory.TerritoryKind;

/**
 * Imports N roadmaps (default 2,000) generated from the five seeds, each for its own territory, into a fresh
 * file database, and prints roadmaps/s, items/s and heap. Run: {@code ./mvnw -Pbenchmark verify}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dataDir = Files.createTempDirectory("hotline-bench");
        SpringApplication application = new SpringApplication(Hotline500Application.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run("--hotline.data-dir=" + dataDir,
                "--hotline.roadmaps.load-sample=false", "--logging.level.root=WARN")) {
            long started = System.nanoTime();
            long items = importGenerated(context, count);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.gc();
            long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("Imported %d roadmaps (%d items) in %.1f s: %.0f roadmaps/s, %.0f items/s%n",
                    count, items, seconds, count / seconds, items / seconds);
            System.out.printf("Heap used after import (after GC): %d MB; peak heap: %d MB; max heap: %d MB%n",
                    heapUsed >> 20, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("Target: %d roadmaps in under 60 s -> %s%n", count, seconds < 60 ? "met" : "NOT met");
        }
    }

    /**
     * Imports {@code count} roadmaps generated from the seeds, each for its own new municipality {@code bench-0},
     * {@code bench-1}, … of a new region; returns the number of items.
     */
    public static long importGenerated(ConfigurableApplicationContext context, int count) {
        Roadmaps roadmaps = context.getBean(Roadmaps.class);
        List<Seeds> seeds = List.of(Seeds.values());
        createTerritories(context.getBean(Territories.class), count);
        long items = 0;
        for (int i = 0; i < count; i++) {
            Seeds seed = seeds.get(i % seeds.size());
            items += roadmaps.importDocument(new ImportRequest(seed.file(), varied(seed, i), "bench-" + i, seed.year())).items();
        }
        return items;
    }

    /** Each roadmap differs from the others (its own title line), as real roadmaps of different territories do. */
    private static byte[] varied(Seeds seed, int i) {
        return ("Дорожная карта № " + i + "\n" + new String(seed.content(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private static void createTerritories(Territories territories, int count) {
        territories.save(new Territory("bench-region", "Тестовая область", TerritoryKind.REGION, null, ZoneId.of("Europe/Moscow")));
        for (int i = 0; i < count; i++) {
            territories.save(new Territory("bench-" + i, "Район " + i, TerritoryKind.MUNICIPALITY, "bench-region", ZoneId.of("Europe/Moscow")));
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}

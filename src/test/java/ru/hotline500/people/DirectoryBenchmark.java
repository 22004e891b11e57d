package ru.hotline500.people;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import ru.hotline500.Hotline500Application;

/**
 * Imports generated XLSX directories of the sizes given (default 10,000 and 100,000 rows), each into a fresh file
 * database, then the largest once more (every row already known), and prints the time and the peak heap of each.
 * Run alone: {@code ./mvnw -Pbenchmark verify -Dbenchmark.import.skip=true -Dbenchmark.answers.skip=true
 * -Dbenchmark.telegram.skip=true -Dbenchmark.digest.skip=true -Dbenchmark.restart.skip=true
 * -Dbenchmark.directory.rows=2000,10000,100000}.
 */
public final class DirectoryBenchmark {

    private DirectoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream((args.length > 0 ? args[0] : "10000,100000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        for (int rows : sizes) {
            run(rows, rows == sizes.get(sizes.size() - 1));
        }
    }

    private static void run(int rows, boolean again) throws Exception {
        byte[] file = DirectoryFiles.xlsx(rows, Year.now().getValue());
        Path dataDir = Files.createTempDirectory("hotline-directory-bench");
        SpringApplication application = new SpringApplication(Hotline500Application.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run("--hotline.data-dir=" + dataDir,
                "--hotline.roadmaps.sample-dir=config/roadmaps", "--logging.level.root=WARN")) {
            People people = context.getBean(People.class);
            measure("first import", rows, file, people);
            if (again) {
                measure("same file again", rows, file, people);
            }
        }
    }

    private static void measure(String what, int rows, byte[] file, People people) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        DirectoryImport result = people.importTable(file);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Directory of %,d rows (XLSX, %,d KB), %s: %.1f s (%,.0f rows/s); %d people, %d schools, %d roles, "
                        + "%d assignments new; peak heap %d MB of %d MB%n", rows, file.length / 1024, what, seconds, rows / seconds,
                result.peopleAdded(), result.schoolsAdded(), result.rolesChanged(), result.assignmentsAdded(), peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}

package ru.hotline500.answers;

import java.nio.file.Files;
import org.springframework.boot.SpringApplication;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import ru.hotline500.Hotline500Application;

/**
 * Prints the accuracy of the evaluation set (top-1, top-3, not-found precision and recall) and the latency per
 * question: cold (first pass), warm (answer cache emptied before each question, so every answer is computed) and from the cache. Run with
 * {@code ./mvnw -Pbenchmark verify}.
 */
public final class AnswerBenchmark {

    private AnswerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(Hotline500Application.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        String dataDir = Files.createTempDirectory("hotline-answers").toString();
        try (ConfigurableApplicationContext context = application.run("--hotline.data-dir=" + dataDir,
                "--logging.level.root=WARN")) {
            DeadlineAnswers answers = context.getBean(DeadlineAnswers.class);
            Cache cache = context.getBean(CacheManager.class).getCache(DeadlineAnswers.ANSWERS);
            EvaluationSet set = EvaluationSet.load();
            Evaluation.Result cold = Evaluation.run(answers, set, cache::clear);
            Evaluation.Result warm = cold;
            for (int i = 0; i < Integer.getInteger("rounds", 20); i++) {
                warm = Evaluation.run(answers, set, cache::clear);
            }
            Evaluation.run(answers, set);
            Evaluation.Result cached = Evaluation.run(answers, set);
            System.out.printf("Questions: %d%n", warm.outcomes().size());
            System.out.printf("Top-1: %.1f %%, top-3: %.1f %%, not-found precision: %.1f %%, recall: %.1f %%%n",
                    100 * warm.top1(), 100 * warm.top3(), 100 * warm.notFoundPrecision(), 100 * warm.notFoundRecall());
            System.out.printf("Invented dates: %d%n", warm.inventedDates().size());
            System.out.printf("Latency cold: p50 %d µs, p99 %d µs; warm (no answer cache): p50 %d µs, p99 %d µs%n",
                    cold.percentileMicros(0.5), cold.percentileMicros(0.99), warm.percentileMicros(0.5), warm.percentileMicros(0.99));
            System.out.printf("Latency from the answer cache: p50 %d µs, p99 %d µs%n", cached.percentileMicros(0.5), cached.percentileMicros(0.99));
            System.out.print(Evaluation.failures(warm));
            if (EvaluationSet.class.getResource("/answers/holdout.tsv") == null) {
                System.out.println("Held-out set: not present");
                return;
            }
            cache.clear();
            Evaluation.Result holdout = Evaluation.run(answers, EvaluationSet.holdout());
            System.out.printf("Held-out set (%d questions, not used for tuning): top-1 %.1f %%, top-3 %.1f %%, "
                    + "not-found precision %.1f %%, recall %.1f %%, invented dates %d%n", holdout.outcomes().size(),
                    100 * holdout.top1(), 100 * holdout.top3(), 100 * holdout.notFoundPrecision(),
                    100 * holdout.notFoundRecall(), holdout.inventedDates().size());
            System.out.print(Evaluation.failures(holdout));
        }
    }
}

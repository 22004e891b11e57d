package ru.hotline500.answers;

import java.nio.file.Files;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ConfigurableApplicationContext;
import ru.hotline500.Hotline500Application;
import ru.hotline500.dialogue.Dialogues;

/**
 * Prints, for each evaluation set (clean and messenger-style, each tuned-on and held-out), top-1 accuracy, not-found
 * precision and recall, window exactness, follow-up and small-talk turns right, invented dates, and the latency per
 * question: cold (first pass), warm (answer cache emptied before each question, so every answer is computed) and
 * from the cache. Run with {@code ./mvnw -Pbenchmark verify} ({@code -Dbenchmark.answers.failures=true} lists misses,
 * except those of the held-out sets, which stay unread).
 */
public final class AnswerBenchmark {

    private AnswerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(Hotline500Application.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        String dataDir = Files.createTempDirectory("hotline-answers").toString();
        boolean listFailures = Boolean.getBoolean("benchmark.answers.failures");
        try (ConfigurableApplicationContext context = application.run("--hotline.data-dir=" + dataDir,
                "--logging.level.root=WARN")) {
            DeadlineAnswers answers = context.getBean(DeadlineAnswers.class);
            Dialogues dialogues = context.getBean(Dialogues.class);
            Cache cache = context.getBean(CacheManager.class).getCache(DeadlineAnswers.ANSWERS);
            for (EvaluationSet set : EvaluationSet.all()) {
                Evaluation.Result cold = Evaluation.run(answers, dialogues, set, cache::clear);
                Evaluation.Result warm = cold;
                for (int i = 0; i < 5; i++) {
                    warm = Evaluation.run(answers, dialogues, set, cache::clear);
                }
                Evaluation.Result cached = Evaluation.run(answers, dialogues, set);
                print(set, cold, warm, cached);
                if (listFailures && !EvaluationSet.messengerHeldOut().contains(set)) {
                    System.out.print(Evaluation.failures(warm));
                }
            }
        }
    }

    private static void print(EvaluationSet set, Evaluation.Result cold, Evaluation.Result warm, Evaluation.Result cached) {
        System.out.printf("%n== %s set: %d questions%n", set.name(), warm.outcomes().size());
        System.out.printf("Top-1: %.1f %%, top-3: %.1f %%, not-found precision: %.1f %%, recall: %.1f %%%n",
                100 * warm.top1(), 100 * warm.top3(), 100 * warm.notFoundPrecision(), 100 * warm.notFoundRecall());
        System.out.printf("Window questions exact: %.1f %% of %d; follow-up turns right: %d of %d; small talk right: %d of %d%n",
                100 * warm.windowExactness(), warm.windows(), warm.followUpsRight(), warm.followUps(), warm.smallTalkRight(),
                warm.smallTalk());
        System.out.printf("Invented dates: %d; answers given as a guess: %d, of them right: %d%n", warm.inventedDates().size(),
                warm.probable(), warm.probableRight());
        System.out.printf("Latency cold: p50 %d µs, p99 %d µs; warm (no answer cache): p50 %d µs, p99 %d µs; from the cache: p50 %d µs, p99 %d µs%n",
                cold.percentileMicros(0.5), cold.percentileMicros(0.99), warm.percentileMicros(0.5), warm.percentileMicros(0.99),
                cached.percentileMicros(0.5), cached.percentileMicros(0.99));
    }
}

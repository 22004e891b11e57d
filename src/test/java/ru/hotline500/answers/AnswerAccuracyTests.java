package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.hotline500.dialogue.Dialogues;

/**
 * The evaluation sets over the five sample roadmaps — clean and messenger-style, tuned-on and held-out: right top
 * answers, exact windows, follow-ups and small talk, honest "not found", no invented dates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "hotline.data-dir=./target/test-data/answers-${random.uuid}", "hotline.roadmaps.sample-dir=config/roadmaps"})
class AnswerAccuracyTests {

    @Autowired
    DeadlineAnswers answers;
    @Autowired
    Dialogues dialogues;

    /** Each set is asked once for the class: the three checks read the same answers. */
    private static final Map<String, Evaluation.Result> RESULTS = new ConcurrentHashMap<>();

    static Stream<EvaluationSet> sets() {
        return EvaluationSet.all().stream();
    }

    /** The sets are independent (each dialogue is a chat of its own), so they are asked side by side, as chats are. */
    @BeforeAll
    static void askEverySet(@Autowired DeadlineAnswers answers, @Autowired Dialogues dialogues) {
        EvaluationSet.all().parallelStream().forEach(set -> RESULTS.put(set.name(), Evaluation.run(answers, dialogues, set)));
    }

    private Evaluation.Result evaluated(EvaluationSet set) {
        return RESULTS.computeIfAbsent(set.name(), name -> Evaluation.run(answers, dialogues, set));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void answersEachSetRightAtFirstPlaceAtLeastAsOftenAsItsFloor(EvaluationSet set) {
        Evaluation.Result result = evaluated(set);

        assertThat(result.outcomes()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(result.top1()).as("%s set, top-1 accuracy; misses:%n%s", set.name(), Evaluation.failures(result))
                .isGreaterThanOrEqualTo(set.floor());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void neverStatesADateThatNoRoadmapItemStates(EvaluationSet set) {
        Evaluation.Result result = evaluated(set);

        assertThat(result.inventedDates()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void answersSmallTalkInKindAndNeverOffersToPassItOn(EvaluationSet set) {
        Evaluation.Result result = evaluated(set);

        assertSoftly(soft -> result.outcomes().stream().filter(o -> o.question().isSmallTalk()).forEach(o -> {
            soft.assertThat(o.answer().chat()).as(o.question().question()).isTrue();
            soft.assertThat(o.answer().reply()).as(o.question().question()).doesNotContain("нет пункта", "передам ваш вопрос");
        }));
    }
}

package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The evaluation set over the five sample roadmaps: right top answers, honest "not found", no invented dates. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "hotline.data-dir=./target/test-data/answers-${random.uuid}", "hotline.roadmaps.sample-dir=config/roadmaps"})
class AnswerAccuracyTests {

    @Autowired
    DeadlineAnswers answers;

    @Test
    void answersAtLeastNinetyPercentOfTheEvaluationSetRightAtFirstPlace() {
        Evaluation.Result result = Evaluation.run(answers, EvaluationSet.load());

        assertThat(result.outcomes()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(result.top1()).as("top-1 accuracy; misses:%n%s", Evaluation.failures(result)).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void neverStatesADateThatNoRoadmapItemStates() {
        Evaluation.Result result = Evaluation.run(answers, EvaluationSet.load());

        assertThat(result.inventedDates()).isEmpty();
    }
}

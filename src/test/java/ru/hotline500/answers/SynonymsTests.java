package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.hotline500.roadmap.RoadmapItem;
import ru.hotline500.roadmap.Seeds;

class SynonymsTests {

    /** Over the sample roadmaps' texts and every sixth question of the evaluation sets (all of them take 25 s). */
    @Test
    void foldingLeavesOutOnlyPatternsThatCannotMatch() {
        List<String> texts = new ArrayList<>();
        List<String> questions = EvaluationSet.all().stream().flatMap(set -> set.cases().stream()).map(EvaluationSet.Case::question).toList();
        for (int i = 0; i < questions.size(); i += 6) {
            texts.add(questions.get(i));
        }
        for (Seeds seed : Seeds.values()) {
            for (RoadmapItem item : seed.parse().items()) {
                texts.add(item.action());
                texts.add(item.responsible());
            }
        }

        assertThat(texts).hasSizeGreaterThan(1_000);
        for (String text : texts) {
            assertThat(Synonyms.fold(text)).as(text).isEqualTo(Synonyms.foldedByEveryPattern(text));
        }
    }

    @Test
    void synonymsBecomeOneConceptToken() {
        assertThat(Synonyms.fold("Когда загружать в ИС МЭДК?")).contains("xmedk").contains("xpost");
        assertThat(Synonyms.fold("мониторинг электронных дорожных карт")).contains("xmedk");
    }
}

package ru.hotline500.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.hotline500.answers.QuestionTerms;

/** "The same question" for a standing answer: the same words that matter, whatever their forms, order and filler. */
class FaqSimilarityTests {

    @Test
    void theSameQuestionInOtherFormsAndOrderIsTheSame() {
        assertThat(similarity("Где взять шаблон отчёта куратора?", "подскажите пожалуйста, шаблоны отчетов куратора где взять"))
                .isGreaterThanOrEqualTo(Faq.SAME);
        assertThat(similarity("Когда сдавать анкету по проекту 500+?", "Анкету когда сдавать?")).isGreaterThanOrEqualTo(Faq.SAME);
    }

    @Test
    void aQuestionSharingOneWordIsAnotherQuestion() {
        assertThat(similarity("Где взять шаблон отчёта куратора?", "Где взять шаблон приказа о школьной форме?")).isLessThan(Faq.SAME);
        assertThat(similarity("Где взять шаблон отчёта куратора?", "Отчёт школы за полугодие")).isLessThan(Faq.SAME);
    }

    @Test
    void aQuestionOfOnlyQuestionWordsIsLikeNothing() {
        assertThat(QuestionTerms.of("Когда? Подскажите, пожалуйста!")).isEmpty();
        assertThat(Faq.similarity(QuestionTerms.of("когда?"), QuestionTerms.of("сроки?"))).isZero();
    }

    private static double similarity(String a, String b) {
        return Faq.similarity(QuestionTerms.of(a), QuestionTerms.of(b));
    }
}

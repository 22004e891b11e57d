package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpsTests {

    private static final List<String> PLACES = List.of("кизлярск", "район", "ульяновск", "област");

    @Test
    void anotherSeasonKeepsTheTopicAndReplacesThePeriod() {
        assertThat(FollowUps.merged("когда мониторинг в мае", "а осенью?", PLACES)).hasValueSatisfying(q -> {
            assertThat(q).contains("осенью").contains("мониторинг").doesNotContain("мае");
        });
    }

    @Test
    void askingHowLongIsLeftRepeatsThePreviousQuestion() {
        assertThat(FollowUps.merged("когда мониторинг", "а сколько осталось?", PLACES)).hasValue("когда мониторинг");
        assertThat(FollowUps.merged("когда мониторинг", "это точно до какого числа?", PLACES)).hasValue("когда мониторинг");
    }

    @Test
    void daysLeftUntilItAsOfTodayIsTheSameItemNotAPeriod() {
        assertThat(FollowUps.merged("экспертиза планов-графиков когда?", "сколько дней до неё на сегодня?", PLACES))
                .hasValue("экспертиза планов-графиков когда?");
        assertThat(FollowUps.merged("анализ результатов ГИА до когда?", "мы не опаздываем?", PLACES))
                .hasValue("анализ результатов ГИА до когда?");
        assertThat(FollowUps.merged("курсы для учителей когда?", "а оплачивать их кто будет, школа?", PLACES))
                .hasValueSatisfying(q -> assertThat(q).contains("оплачивать"));
    }

    @Test
    void theThingItselfAfterTheWorkAroundItIsAQuestionOfItsOwn() {
        assertThat(FollowUps.merged("когда утверждаются графики посещения школ кураторами?", "а само посещение до какого?", PLACES))
                .isEmpty();
    }

    @Test
    void anotherTerritoryKeepsTheTopic() {
        assertThat(FollowUps.merged("когда мониторинг", "а в Кизлярском?", PLACES)).hasValueSatisfying(q ->
                assertThat(q).startsWith("когда мониторинг"));
    }

    @Test
    void anAudienceIsAddedToTheTopic() {
        assertThat(FollowUps.merged("когда отчет", "а для кураторов?", PLACES)).hasValueSatisfying(q ->
                assertThat(q).contains("кураторов").contains("отчет"));
    }

    @Test
    void smallTalkAndCompleteQuestionsStandAlone() {
        assertThat(FollowUps.merged("когда мониторинг", "👍", PLACES)).isEmpty();
        assertThat(FollowUps.merged("когда мониторинг", "спасибо!", PLACES)).isEmpty();
        assertThat(FollowUps.merged("когда мониторинг", "до какого числа нужно разместить концептуальные документы на сайте школы?", PLACES))
                .isEmpty();
        assertThat(FollowUps.merged("что нужно сдать в мае?", "когда будет огэ по математике", PLACES)).isEmpty();
        assertThat(FollowUps.merged("кто назначает кураторов", "что просрочено", PLACES)).isEmpty();
        assertThat(FollowUps.merged("что до конца месяца", "когда стажировка в Сенгилеевском районе", PLACES)).isEmpty();
    }

    @Test
    void anotherStageReplacesTheStage() {
        assertThat(FollowUps.merged("когда первый мониторинг", "а по второму?", PLACES)).hasValueSatisfying(q ->
                assertThat(Terms.ofQuestion(q)).contains("xstage2").doesNotContain("xstage1"));
    }

    @Test
    void aBarePeriodTakesItsUnitFromTheQuestionBefore() {
        assertThat(FollowUps.merged("что на этой неделе по проекту?", "а на следующей?", PLACES))
                .hasValueSatisfying(q -> assertThat(q).contains("следующей неделе").doesNotContain("этой"));
    }

    @Test
    void checkingTheDateOfTheAnswerIsAboutTheSameItem() {
        assertThat(FollowUps.merged("второй мониторинг МДК до какого?", "это точно до 1 сентября?", PLACES))
                .hasValue("второй мониторинг МДК до какого?");
    }

    @Test
    void anotherStageByItsOrdinalReplacesTheStageWithoutStrayWords() {
        assertThat(FollowUps.merged("экспертиза документов кураторами по первому этапу когда?", "а по второму?", PLACES))
                .hasValueSatisfying(q -> assertThat(q).contains("xstage2").doesNotContain("xstage1").doesNotContain("второму"));
    }

    @Test
    void anotherPlaceReplacesThePlaceAskedAboutBefore() {
        assertThat(FollowUps.merged("Когда стажировочная площадка на базе Тереньгульского лицея?", "а в Сенгилеевском районе?", PLACES))
                .hasValueSatisfying(q -> assertThat(q).contains("стажировочная площадка").contains("сенгилеевском")
                        .doesNotContain("Тереньгульского"));
    }

    @Test
    void aNewThingIsAskedInTheStageOfTheQuestionBefore() {
        assertThat(FollowUps.newTopic("Мониторинг позитивных изменений первый этап когда?", "а экспертиза документов?", PLACES))
                .hasValue("экспертиза документов xstage1?");
        assertThat(FollowUps.newTopic("когда отчет", "а для кураторов?", PLACES)).isEmpty();
        assertThat(FollowUps.newTopic("когда мониторинг", "а сколько осталось?", PLACES)).isEmpty();
    }

    @Test
    void howMuchTimeWeHaveLeftIsAboutTheSameItem() {
        assertThat(FollowUps.merged("когда создать раздел на сайте школы?",
                "Благодарю Вас. Позвольте уточнить, сколько времени у нас остаётся до окончания этого срока?", PLACES))
                .hasValue("когда создать раздел на сайте школы?");
    }

    @Test
    void theSameItemInAnotherTerritoryIsTheQuestionBefore() {
        assertThat(FollowUps.merged("до какого числа размещать концептуальные документы?",
                "а у сахалинских коллег какой срок по этому же пункту?", List.of("сахалинск", "област")))
                .hasValueSatisfying(q -> assertThat(q).startsWith("до какого числа размещать концептуальные документы"));
    }

    @Test
    void aConfirmationFirstIsAboutTheSameItemWhateverFollows() {
        assertThat(FollowUps.merged("первичное посещение школ когда?", "точно весь март? отметки в МЭДК тоже до конца марта ставить?",
                PLACES)).hasValue("первичное посещение школ когда?");
    }

    @Test
    void aBareOrdinalAfterAQuarterIsTheNextQuarterNotAStage() {
        assertThat(FollowUps.merged("Что у нас по дорожной карте в первом квартале?", "а во втором?", PLACES))
                .hasValueSatisfying(q -> assertThat(q).contains("втором квартале").doesNotContain("xstage"));
    }

    @Test
    void anotherStageDropsThePeriodOfTheQuestionBefore() {
        assertThat(FollowUps.merged("Экспертиза документов кураторами летом в какие сроки?", "а на втором этапе?", PLACES))
                .hasValueSatisfying(q -> assertThat(q).contains("xstage2").doesNotContain("летом"));
    }

    @Test
    void whomAFollowUpAsksAboutInsteadIsItsAudienceNotItsStage() {
        assertThat(FollowUps.audience("а для библиотекарей?", List.of())).containsExactly("библиотекар");
        assertThat(FollowUps.audience("а муниципальных координаторов?", List.of())).containsExactly("xmk");
        assertThat(FollowUps.audience("а для второго?", List.of())).isEmpty();
        assertThat(FollowUps.audience("а осенью?", List.of())).isEmpty();
    }

    @Test
    void aNewThingForTheOtherStageNamedByAnOrdinalIsAskedForThatStage() {
        assertThat(FollowUps.newTopic("когда кураторы к нам в школы ездят на первом этапе?", "а отчёты кураторов по второму когда?", PLACES))
                .hasValueSatisfying(topic -> assertThat(topic).contains("отч", "xstage2").doesNotContain("втор"));
        assertThat(FollowUps.newTopic("когда кураторы к нам в школы ездят на первом этапе?", "а по второму?", PLACES)).isEmpty();
        assertThat(FollowUps.newTopic("данные для первичного мониторинга когда?", "а для вторичного?", PLACES))
                .hasValueSatisfying(topic -> assertThat(topic).contains("вторичного"));
    }
}

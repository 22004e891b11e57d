package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTests {

    @Test
    void aVerbAndItsNounAreOneConcept() {
        assertThat(Terms.of("когда кураторы ездят по школам")).contains("xvisit");
        assertThat(Terms.of("Посещение школ-участниц закрепленными кураторами")).contains("xvisit");
        assertThat(Terms.of("загрузить доки в мэдк")).containsExactly("xpost", "документ", "xmedk");
    }

    @Test
    void questionWordsAreNotTheTopic() {
        assertThat(Terms.ofQuestion("в каком месяце крайний срок, сколько осталось?")).isEmpty();
    }

    @Test
    void phrasesThatOnlyMeanOurPlanAreDropped() {
        assertThat(Terms.ofQuestion("что в апреле по дорожной карте")).isEmpty();
        assertThat(Terms.ofQuestion("что по проекту 500+ в мае")).isEmpty();
        assertThat(Terms.ofQuestion("мониторинг муниципальных дорожных карт")).contains("xroadmap");
    }

    @Test
    void aMisspeltQuestionWordIsRecognised() {
        assertThat(Terms.isQuestionWordTypo("сдават")).isTrue();
        assertThat(Terms.isQuestionWordTypo("анкетирован")).isFalse();
    }

    @Test
    void theSecondMonitoringIsTheSecondStage() {
        assertThat(Terms.of("сколько осталось до второго мониторинга")).containsExactly("xstage2", "мониторинг");
        assertThat(Terms.of("Мониторинг 2 этап")).containsExactly("мониторинг", "xstage2");
    }

    @Test
    void ourPlanAsAnAbbreviationOrAFoldedConceptIsDroppedToo() {
        assertThat(Terms.ofQuestion("что у нас в июле по ДК?")).isEmpty();
        assertThat(Terms.ofQuestion("что по областной дорожной карте в октябре")).isEmpty();
        assertThat(Terms.ofQuestion("курсы для директоров по xroadmap")).doesNotContain("xroadmap");
    }

    @Test
    void anAutocorrectFixAfterAWordReplacesIt() {
        assertThat(Terms.ofQuestion("мун дорожную кару (карту*) когда разрабатываем?")).contains("муниципальн", "xroadmap")
                .doesNotContain("кар");
    }

    @Test
    void wordsOfLettersAndOfWhoAsksAreNotTheTopic() {
        assertThat(Terms.ofQuestion("Прошу разъяснить, позвольте уточнить, это мне как МК")).isNotEmpty()
                .allMatch(Terms::isChatWord);
    }

    @Test
    void aReflexiveVerbHasTheRootOfItsNoun() {
        assertThat(Roots.of("назначаетс")).isEqualTo(Roots.of("назначен"));
    }

    @Test
    void everydayWordsForTheProgrammesActionsAreItsConcepts() {
        assertThat(Terms.of("когда к нам приедет проверяющий")).contains("xvisit", "куратор");
        assertThat(Terms.of("когда онлайн-встреча для кураторов")).contains("xwebinar");
        assertThat(Terms.of("сдать бумаги")).contains("документ");
        assertThat(Terms.of("курсы для директора и завучей")).contains("повышен", "квалификац", "xmanagers");
        assertThat(Terms.of("кураторы проверяют наши документы")).contains("экспертиз", "документ");
    }

    @Test
    void moreEverydayWordsAndWhatIsNotAnEverydayVisit() {
        assertThat(Terms.of("когда первый раз надо съездить в школу")).contains("xvisit");
        assertThat(Terms.of("когда кураторы будут приходить к нам")).contains("xvisit");
        assertThat(Terms.of("что приходится на март")).doesNotContain("xvisit");
        assertThat(Terms.of("когда кураторы отчитываются")).contains("отчет");
        assertThat(Terms.of("страничку на сайте школы")).contains("раздел");
    }

    @Test
    void theEverydayWordsFileIsReadAsTheRoadmapsOwnWords() {
        assertThat(Terms.of("когда выложить программу развития в эту систему")).contains("xpost", "xconcept", "xmedk");
        assertThat(Terms.of("когда к нам нагрянет куратор")).contains("xvisit");
        assertThat(Terms.of("первый срез когда")).contains("xstage1", "мониторинг");
        assertThat(Terms.of("половина пути")).doesNotContain("xvisit", "xpost");
    }

    @Test
    void halfOfTheYearIsATimeOrTheStageOfItNotATopic() {
        assertThat(Terms.ofQuestion("в первой половине года")).allMatch(t -> Terms.isChatWord(t) || t.equals("xstage1"));
        assertThat(Terms.ofQuestion("отчёт кураторов за вторую часть года")).contains("xstage2", "отчет").doesNotContain("част");
    }

    @Test
    void contractsSignedAndSlangOfTheProgrammeAreItsWords() {
        assertThat(Terms.of("а договоры с ними когда подписывать")).contains("заключен", "договор");
        assertThat(Terms.of("вводный вебинар")).contains("установочн", "xwebinar");
        assertThat(Terms.of("когда итоговый срез")).contains("xstage2", "мониторинг");
    }

    @Test
    void makingADocumentIsItsDevelopment() {
        assertThat(Terms.of("когда район должен сделать свою дорожную карту")).contains("разработк", "xroadmap");
        assertThat(Terms.of("мне составят какой-то ИОМ")).contains("разработк", "xiom");
    }

    @Test
    void stemsOfVerbsAreToldFromStemsOfNouns() {
        assertThat(Terms.of("заполнять изучают продлится записывать")).allMatch(Terms::isVerb);
        assertThat(Terms.of("отчет результат договор квартал анкета")).noneMatch(Terms::isVerb);
    }

    @Test
    void coursesAreTheRoadmapsTrainingAndTheFirstTimeIsTheFirstStage() {
        assertThat(Terms.of("курсы повышения")).isEqualTo(Terms.of("повышение квалификации"));
        assertThat(Terms.of("КПК для учителей")).containsAll(Terms.of("повышение квалификации"));
        assertThat(Terms.ofQuestion("когда первый раз будут смотреть")).contains("xstage1");
    }

    @Test
    void pronounsOfWhoseAndWhomAreNotTopics() {
        assertThat(Terms.ofQuestion("как район выполняет свой план")).contains("xrealize").doesNotContain("сво");
        assertThat(Terms.ofQuestion("предложить кого-то в кураторы")).doesNotContain("ког");
    }

    @Test
    void plainSpeechForSummingUpChoosingSchoolsAndTheDistrictsPlanIsTheRoadmapsWords() {
        assertThat(Terms.ofQuestion("когда начальство соберёт всех подвести, что получилось")).contains("xsumup", "итог");
        assertThat(Terms.ofQuestion("когда нам скажут, какие школы взяли")).contains("xselect", "список");
        assertThat(Terms.ofQuestion("от района надо свой план по проекту написать")).contains("xroadmap", "муниципальн");
        assertThat(Terms.ofQuestion("когда сдать муниципальный план-график")).contains("план", "график");
        assertThat(Terms.ofQuestion("передвижной кванториум когда приедет")).contains("мобильн");
    }
}

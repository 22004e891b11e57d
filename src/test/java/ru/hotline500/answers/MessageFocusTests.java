package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MessageFocusTests {

    @Test
    void theIntroductionIsNotPartOfTheQuestion() {
        MessageFocus focus = MessageFocus.of("Здравствуйте, я завуч Красноармейской школы, нас включили в проект в январе. "
                + "Когда нужно загрузить программу развития?");

        assertThat(focus.question()).isEqualTo("Когда нужно загрузить программу развития?");
    }

    @Test
    void aMonthInAClauseAboutThePastIsNotThePeriodAsked() {
        MessageFocus focus = MessageFocus.of("нас включили в проект в январе подскажите когда загрузить программу развития");

        assertThat(TimeIntents.of(focus.timeText(), LocalDate.of(2022, 3, 1)).kind()).isEqualTo(TimeIntent.Kind.NONE);
        assertThat(focus.question()).contains("программу развития");
    }

    @Test
    void theQuestionAtTheEndOfAPastedLetterIsFound() {
        String letter = "Добрый день! Пересылаю письмо: «Руководителям организаций. В феврале 2022 года состоится семинар. "
                + "Просим обеспечить участие директоров.» Вопрос: до какого числа разместить антирисковые программы?";

        assertThat(MessageFocus.of(letter).question()).contains("какого числа разместить антирисковые программы")
                .doesNotContain("семинар");
    }

    @Test
    void anAbbreviationDoesNotEndTheSentence() {
        assertThat(MessageFocus.of("Когда стажировочная площадка в г. Ульяновске?").question())
                .isEqualTo("Когда стажировочная площадка в г. Ульяновске?");
    }

    @Test
    void aQuestionWithoutATopicTakesTheSentenceBeforeIt() {
        assertThat(MessageFocus.of("У нас вопрос по экспертизе документов. А когда?").question())
                .contains("экспертизе документов");
    }

    @Test
    void aRunOnIntroductionWithoutCommasKeepsWhatWasAskedToBeDone() {
        MessageFocus focus = MessageFocus.of("добрый день я учитель математики нам сказали сделать анализ результатов огэ егэ впр "
                + "по школе до какого это числа");

        assertThat(focus.question()).contains("анализ результатов").doesNotContain("учитель математики");
    }

    @Test
    void aSignatureBeforeTheQuestionIsNotItsTopic() {
        MessageFocus focus = MessageFocus.of("МК Неклиновский. что еще осталось сделать до конца года?");

        assertThat(focus.question()).isEqualTo("что еще осталось сделать до конца года?");
        assertThat(focus.introduced()).isTrue();
    }

    @Test
    void aShortAfterthoughtBelongsToTheQuestionButAReasonDoesNot() {
        assertThat(MessageFocus.of("когда будут методички по маршруту? ИОМ педагога").question()).contains("ИОМ педагога");
        assertThat(MessageFocus.of("до какого числа размещали документы в МЭДК? хочу сравнить с нами").question())
                .doesNotContain("сравнить");
        assertThat(MessageFocus.of("Забыла пароль от МЭДК, как восстановить? Срочно надо загружать").question())
                .doesNotContain("Срочно");
    }

    @Test
    void aLetterBeforeAQuestionIsKeptAsTheWidestReading() {
        MessageFocus focus = MessageFocus.of("Уважаемые коллеги! Просим подготовить справку об оснащении школ. С уважением, отдел "
                + "образования. Это нам переслали, до какого срока это сдавать?");

        assertThat(focus.question()).doesNotContain("справку");
        assertThat(focus.letter()).contains("справку об оснащении школ");
        assertThat(focus.wider()).anySatisfy(reading -> assertThat(reading).contains("справку").contains("сдавать"));
    }

    @Test
    void whoAsksIsTakenOffWhatTheyAsk() {
        assertThat(MessageFocus.of("кураторы спрашивают экспертиза документов у нас в какие сроки по первому этапу").question())
                .startsWith("экспертиза документов");
    }

    @Test
    void theStageOfAnEventAfterWhichSomethingHappensIsKept() {
        assertThat(MessageFocus.of("экспертиза документов после второго мониторинга когда?").question())
                .contains("xstage2").doesNotContain("после");
    }

    @Test
    void theDatesOfTheSentenceAQuestionPointsAtAreNotItsPeriod() {
        MessageFocus focus = MessageFocus.of("Переслано из чата: «Коллеги, в мае вебинар с кураторами по формам отчетных документов». "
                + "Так когда он точно?");

        assertThat(focus.question()).contains("вебинар с кураторами");
        assertThat(focus.timeText()).doesNotContain("мае");
    }

    @Test
    void anAddressAndAReportedQuestionAreNotTheTopic() {
        assertThat(MessageFocus.of("Девочки, добрый день!! 🙏 Я зам по УВР, а сейчас директор спрашивает — когда на сайте школы "
                + "должен появиться раздел 500+??").question()).doesNotContain("Девочки", "УВР", "директор спрашивает")
                .contains("раздел");
    }

    @Test
    void aReasonAfterTheQuestionAndSomeoneAwayAreNotTheTopic() {
        assertThat(MessageFocus.of("когда у администрации КПК по проекту, надо командировку заложить в смету").question())
                .doesNotContain("командировку");
        assertThat(MessageFocus.of("Я секретарь школы, директор на больничном, просил узнать — до какого числа выложить данные?")
                .question()).doesNotContain("больничном");
        assertThat(MessageFocus.of("надо разместить документы в МЭДК, когда?").question()).contains("разместить документы");
    }

    @Test
    void aRoleBeforeAColonAndBeingNewInTheProjectAreNotTheTopic() {
        assertThat(MessageFocus.of("РК: банк практик региональный — до когда собираем материалы?").question()).startsWith("банк практик");
        assertThat(MessageFocus.of("я куратор школы, первый раз в проекте. до какого времени закончить выезды в школу?").question())
                .doesNotContain("первый раз");
    }

    @Test
    void aPoliteRequestWithoutAQuestionMarkAsksAndAQuarterIsNotAPastVerb() {
        MessageFocus focus = MessageFocus.of("Добрый день. Прошу перечислить мероприятия дорожной карты на первый квартал.");

        assertThat(focus.timeText()).contains("первый квартал");
    }

    @Test
    void anEmojiOrASadFaceEndsASentence() {
        assertThat(MessageFocus.of("Только вышла из отпуска, ничего не понимаю 🙈 Сколько дней осталось до загрузки документов?")
                .question()).doesNotContain("отпуск").contains("загрузки");
        assertThat(MessageFocus.of("Я учитель химии, теперь ещё и координатор по проекту у нас(( Что горит?").question())
                .isEqualTo("Что горит?");
    }

    @Test
    void whatTheAskerWantsToDoAfterTheQuestionIsNotItsTopic() {
        assertThat(MessageFocus.of("конкурс наша история успеха когда он проходит мы хотим поучаствовать со своей программой по адаптации")
                .question()).doesNotContain("адаптации").contains("история успеха");
    }

    @Test
    void aRunOnIntroductionEndsWhereTheQuestionOrWhatWasSaidBegins() {
        assertThat(MessageFocus.of("здравствуйте это куратор из дубовского района вот у меня вопрос экспертиза документов школ когда "
                + "у нас проводится").question()).contains("экспертиза документов").doesNotContain("дубовского");
        assertThat(MessageFocus.of("добрый день я учитель математики нам на педсовете сказали про индивидуальные маршруты ИОМ для "
                + "каждого педагога это до когда надо").question()).contains("маршруты").doesNotContain("математики");
    }

    @Test
    void thanksBeforeAQuestionAreNotPartOfIt() {
        assertThat(MessageFocus.of("спасибо, а первая проверка когда?").question()).startsWith("а первая проверка");
        assertThat(MessageFocus.of("Спасибо большое 🙏 а экспертиза документов?").question()).startsWith("а экспертиза документов");
    }

    @Test
    void aQuotedMessageEndingItsSentenceIsASentenceOfItsOwn() {
        MessageFocus focus = MessageFocus.of("Переслано из чата района: «Школам срочно разместить документы в системе!!!» это до когда?");

        assertThat(focus.timeText()).startsWith("это до").doesNotContain("срочно");
    }
}

package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.hotline500.testing.SharedApplication;

/** Messages whose question needs more of the message than its asking sentence, over the five sample roadmaps. */
@SharedApplication
class MessengerReadingsTests {

    @Autowired
    DeadlineAnswers answers;

    @Test
    void aPastedLetterThenThisWhenIsAnsweredFromTheLetter() {
        Answer answer = ask("Уважаемые коллеги! Информируем вас о том, что в рамках реализации проекта «500+» необходимо подготовить "
                + "информационную справку об улучшении оснащения школы за счет участия в национальных проектах «Точка роста» и "
                + "«Цифровая образовательная среда». Просим обеспечить своевременное предоставление информации. С уважением, отдел "
                + "образования. Это нам переслали, до какого срока это сдавать?", "neklinovsky", LocalDate.of(2022, 8, 22));

        assertThat(answer.found()).isTrue();
        assertThat(answer.matches()).first().extracting(m -> m.item().number()).isIn("2.10", "2.11");
    }

    @Test
    void whatWasToBeDoneIsReadFromAClauseAboutThePastWhenTheQuestionOnlyAsksIfItIsLate() {
        Answer answer = ask("мы к 1 апреля муниципальный план-график не утвердили, сегодня 6 апреля, сильно опоздали?",
                "ulyanovsk", LocalDate.of(2022, 4, 6));

        assertThat(answer.matches()).first().extracting(m -> m.item().number()).isEqualTo("3.3");
        assertThat(answer.reply()).contains("срок прошёл");
    }

    @Test
    void aTerritoryToldOfBeforeAQuestionAboutThemIsTheOneAskedAbout() {
        Answer theirs = ask("Я из Кизлярского района, а спрашиваю для сестры, она в Сахалинской области в школе работает. "
                + "До какого числа у них концептуальные документы размещать?", "kizlyar", LocalDate.of(2021, 4, 8));
        Answer ours = ask("В Дубовском районе, говорят, концептуальные документы до 15 апреля. А у нас когда их размещать?",
                "kizlyar", LocalDate.of(2021, 3, 25));

        assertThat(theirs.matches()).first().extracting(Match::territoryId).isEqualTo("sakhalin");
        assertThat(ours.matches()).first().extracting(Match::territoryId).isEqualTo("kizlyar");
    }

    @Test
    void aPeriodAskedAboutPayIsNotFoundRatherThanTheListOfThePeriod() {
        Answer answer = ask("когда зарплату кураторам переведут за второй квартал?", "kizlyar", LocalDate.of(2021, 6, 21));

        assertThat(answer.verdict()).isEqualTo(Answer.Verdict.NOT_FOUND);
    }

    @Test
    void theDatesOfAnAssessmentAreNotTheAnalysisOfItsResults() {
        Answer dates = ask("Подскажите когда ВПР в 4 классах в этом году?", "dubovsky", LocalDate.of(2021, 3, 2));
        Answer forAPlan = ask("ВПР в этом году когда пишут 4 классы? нужно для плана", "dubovsky", LocalDate.of(2021, 3, 10));
        Answer inSpring = ask("Добрый день. Подскажите даты проведения ВПР весной, нужно согласовать с графиком.", "dubovsky",
                LocalDate.of(2021, 3, 2));

        assertThat(dates.verdict()).isEqualTo(Answer.Verdict.NOT_FOUND);
        assertThat(dates.reply()).startsWith(ExamDates.NOTE);
        assertThat(dates.nearby()).extracting(m -> m.item().number()).contains("9");
        assertThat(inSpring.verdict()).isEqualTo(Answer.Verdict.NOT_FOUND);
        assertThat(forAPlan.verdict()).isEqualTo(Answer.Verdict.NOT_FOUND);
    }

    @Test
    void workAroundAnAssessmentIsStillFound() {
        Answer analysis = ask("когда анализ результатов ВПР и ОГЭ?", "dubovsky", LocalDate.of(2021, 3, 2));
        Answer meetings = ask("родительские собрания по ГИА когда проводим?", "dubovsky", LocalDate.of(2021, 3, 2));
        Answer seminars = ask("Образовательный экспресс, семинары к ЕГЭ и ОГЭ когда?", "ulyanovsk", LocalDate.of(2022, 1, 27));

        assertThat(analysis.matches()).first().extracting(m -> m.item().number()).isEqualTo("9");
        assertThat(meetings.matches()).first().extracting(m -> m.item().number()).isEqualTo("12");
        assertThat(seminars.matches()).first().extracting(m -> m.item().number()).isEqualTo("3.9");
    }

    @Test
    void verbsNoItemKnowsDoNotSinkTheThingTheItemNames() {
        Answer expertise = ask("Добрый вечер. По 2 этапу кураторы изучают и подтверждают документы школ — экспертиза до какого числа?",
                "dubovsky", LocalDate.of(2021, 10, 28));
        Answer site = ask("Стажировочная площадка в Ульяновском районе сколько ещё продлится?", "ulyanovsk", LocalDate.of(2022, 9, 12));

        assertThat(expertise.matches()).first().extracting(m -> m.item().number()).isEqualTo("18");
        assertThat(site.matches()).first().extracting(m -> m.item().number()).isEqualTo("3.7");
    }

    @Test
    void aThingNoItemKnowsKeepsItsVerbAtFullWeight() {
        Answer contracts = ask("Договора с кураторами когда заключают?", "dubovsky", LocalDate.of(2021, 3, 9));
        Answer meetings = ask("я зам по вр родительские собрания по проекту когда проводить", "sakhalin", LocalDate.of(2021, 9, 14));

        assertThat(contracts.verdict()).isEqualTo(Answer.Verdict.NOT_FOUND);
        assertThat(meetings.verdict()).isEqualTo(Answer.Verdict.NOT_FOUND);
    }

    @Test
    void everydayWordsForAVisitAndTheTrainingSiteFindTheirItems() {
        Answer visit = ask("здравствуйте я секретарь школы директор просил узнать когда к нам куратор будет ходить весной",
                "neklinovsky", LocalDate.of(2022, 2, 14));
        Answer site = ask("стажеровка в ульяновском районе когда", "ulyanovsk", LocalDate.of(2022, 9, 12));
        Answer survey = ask("здравствуйте анкету для риск профиля школы когда заполнять", "kizlyar", LocalDate.of(2021, 2, 8));
        Answer upload = ask("алло это бот да мне надо узнать когда последний день загрузить концепцию развития школы в систему",
                "sakhalin", LocalDate.of(2021, 4, 26));
        Answer better = ask("осенью опять надо в систему загружать документы что у нас всё улучшилось? до какого числа",
                "dubovsky", LocalDate.of(2021, 9, 6));
        Answer webinars = ask("вебинары каждую неделю от фиоко для кураторов когда участвовать", "kizlyar", LocalDate.of(2021, 2, 10));

        assertThat(visit.matches()).first().extracting(m -> m.item().number()).isEqualTo("1.7");
        assertThat(site.matches()).first().extracting(m -> m.item().number()).isEqualTo("3.7");
        assertThat(survey.matches()).first().extracting(m -> m.item().number()).isEqualTo("3");
        assertThat(upload.matches()).first().extracting(m -> m.item().number()).isEqualTo("3.8");
        assertThat(better.matches()).first().extracting(m -> m.item().number()).isEqualTo("17");
        assertThat(webinars.matches()).first().extracting(m -> m.item().number()).isEqualTo("7");
    }

    @Test
    void aFirstVowelWrittenAsItSoundsAndOnesOwnSchoolsStillFindTheItem() {
        Answer express = ask("абразовательный экспрес семенары для предметников когда по графику?", "ulyanovsk",
                LocalDate.of(2022, 3, 14));
        Answer visits = ask("Добрый день! Я куратор МБОУ Николаевской СОШ, меня назначили ещё в январе. Подскажите, до какого "
                + "времени мы должны посетить свои школы по первому этапу?", "neklinovsky", LocalDate.of(2022, 3, 15));

        assertThat(express.matches()).first().extracting(m -> m.item().number()).isEqualTo("3.9");
        assertThat(visits.matches()).first().extracting(m -> m.item().number()).isEqualTo("1.7");
    }

    @Test
    void whatTheAskerWasAskedToCheckIsNotTheTopicOfAWindowQuestion() {
        Answer week = ask("Коллеги, что у нас по дорожной карте на этой неделе? Голова кругом от сроков", "sakhalin",
                LocalDate.of(2021, 1, 27));
        Answer missed = ask("Салам алейкум, я секретарь, меня попросили проверить: что мы уже пропустили по проекту?", "kizlyar",
                LocalDate.of(2021, 4, 5));

        assertThat(week.verdict()).isEqualTo(Answer.Verdict.LISTED);
        assertThat(missed.verdict()).isEqualTo(Answer.Verdict.LISTED);
        assertThat(missed.matches()).extracting(m -> m.item().number()).contains("1", "2", "3", "4");
    }

    @Test
    void everydayNamesOfAChildsRouteAndAWhatsAppGroupFindTheirItems() {
        Answer route = ask("Коллега просила узнать: рекомендации как составить ребёнку индивидуальный маршрут обучения, когда их пришлют?",
                "neklinovsky", LocalDate.of(2022, 4, 18));
        Answer group = ask("Нам сказали что для проекта будет группа в вотсапе, где можно спрашивать, когда её сделают?",
                "neklinovsky", LocalDate.of(2022, 2, 7));
        Answer program = ask("До какого числа загрузить програму развития?", "dubovsky", LocalDate.of(2021, 4, 8));

        assertThat(route.matches()).first().extracting(m -> m.item().number()).isEqualTo("3.3");
        assertThat(group.matches()).first().extracting(m -> m.item().number()).isEqualTo("2.9");
        assertThat(program.matches()).first().extracting(m -> m.item().number()).isEqualTo("5");
    }

    @Test
    void theAskersLeaveIsNotTheTopicAndEverydayWordsOfAnalysisVisitsAndImprovementFindTheirItems() {
        Answer summer = ask("у меня отпуск с июля, скажите что по 500+ будет летом чтобы я знала", "neklinovsky",
                LocalDate.of(2022, 5, 30));
        Answer analysis = ask("завуч в отпуске а мне сказали надо разобрать результаты огэ егэ и впр по школе и вписать в план работы "
                + "до какого числа это надо сделать", "dubovsky", LocalDate.of(2021, 7, 12));
        Answer visits = ask("Здравствуйте, а когда в этом году кураторы начинают ходить по школам?", "neklinovsky",
                LocalDate.of(2022, 2, 6));
        Answer better = ask("здравствуйте а когда у нас по школе будет мониторинг весной, где смотрят стало ли лучше?", "kizlyar",
                LocalDate.of(2021, 4, 22));

        assertThat(summer.verdict()).isEqualTo(Answer.Verdict.LISTED);
        assertThat(analysis.matches()).first().extracting(m -> m.item().number()).isEqualTo("9");
        assertThat(visits.matches()).first().extracting(m -> m.item().number()).isEqualTo("1.7");
        assertThat(better.matches()).first().extracting(m -> m.item().number()).isEqualTo("14");
    }

    @Test
    void fiokoIsTheFederalCoordinatorAndItsCertificatesAreNotARoadmapMatter() {
        Answer results = ask("когда ФИОКО присылает результаты выборочной экспертизы за первый этап?", "sakhalin", LocalDate.of(2021, 6, 15));
        Answer certificates = ask("сертификаты за вебинары фис око где брать", "kizlyar", LocalDate.of(2021, 3, 15));

        assertThat(results.matches()).first().extracting(m -> m.item().number()).isEqualTo("3.11");
        assertThat(certificates.verdict()).isEqualTo(Answer.Verdict.NOT_FOUND);
    }

    @Test
    void everydayNamesOfAConsultingSiteACentreAndAResourceSurveyFindTheirItems() {
        Answer site = ask("Где и когда учителю можно получить консультацию, на сайте наставник какой-то?", "ulyanovsk",
                LocalDate.of(2022, 10, 4));
        Answer centre = ask("Подскажите пожалуйста, в районе обещали сделать место, куда можно обратиться за консультацией по проекту. "
                + "Когда его откроют?", "kizlyar", LocalDate.of(2021, 6, 2));
        Answer survey = ask("сказали будут собирать сведения хватает ли в школе учителей и оборудования, по проекту 500 плюс. это в какой месяц",
                "kizlyar", LocalDate.of(2021, 7, 28));

        assertThat(site.matches()).first().extracting(m -> m.item().number()).isEqualTo("3.10");
        assertThat(centre.matches()).first().extracting(m -> m.item().number()).isEqualTo("12");
        assertThat(survey.matches()).first().extracting(m -> m.item().number()).isEqualTo("15");
    }

    @Test
    void ourRoadmapAsAnAbbreviationIsNotATopic() {
        Answer answer = ask("что у нас в июле по ДК?", "sakhalin", LocalDate.of(2021, 6, 30));

        assertThat(answer.verdict()).isEqualTo(Answer.Verdict.LISTED);
        assertThat(answer.matches()).isEmpty();
    }

    private Answer ask(String text, String territory, LocalDate today) {
        return answers.answer(new Question(text, territory, today));
    }

    @Test
    void leaveMentionedBesideTheQuestionDoesNotMakeAPeriodQuestionAboutLeave() {
        Answer autumn = ask("добрый вечер что у нас по дорожной карте осенью напомните пожалуйста скоро сентябрь а я только из отпуска",
                "neklinovsky", LocalDate.of(2022, 8, 22));
        Answer leave = ask("Куратор нашей школы уходит в отпуск на весь июль, кто её будет замещать?", "neklinovsky",
                LocalDate.of(2022, 6, 27));

        assertThat(autumn.verdict()).isEqualTo(Answer.Verdict.LISTED);
        assertThat(leave.verdict()).isEqualTo(Answer.Verdict.NOT_FOUND);
    }

    @Test
    void ofTwoItemsSayingTheSameTheOneOfTheStageAskedComesFirst() {
        Answer second = ask("когда представление результатов выборочной экспертизы по второму этапу?", "sakhalin",
                LocalDate.of(2021, 6, 15));

        assertThat(second.matches()).first().extracting(m -> m.item().number()).isEqualTo("3.15");
    }
}

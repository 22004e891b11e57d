package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeIntentsTests {

    private static final LocalDate WEDNESDAY = LocalDate.of(2022, 4, 20);

    @Test
    void aMonthAheadIsThisYearsOrNextYears() {
        assertThat(TimeIntents.of("что нужно сдать в мае?", WEDNESDAY).range())
                .isEqualTo(new DateRange(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 31)));
        assertThat(TimeIntents.of("что сдавать в феврале", WEDNESDAY).range())
                .isEqualTo(new DateRange(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 28)));
    }

    @Test
    void aMonthSpokenOfInThePastIsTheLastOne() {
        assertThat(TimeIntents.of("что было в феврале", WEDNESDAY).range())
                .isEqualTo(new DateRange(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 28)));
    }

    @Test
    void thisWeekRunsFromMondayToSunday() {
        TimeIntent intent = TimeIntents.of("что у нас на этой неделе", WEDNESDAY);

        assertThat(intent.range()).isEqualTo(new DateRange(LocalDate.of(2022, 4, 18), LocalDate.of(2022, 4, 24)));
        assertThat(intent.wording()).isEqualTo("на этой неделе");
    }

    @Test
    void untilTheEndOfTheMonthStartsToday() {
        assertThat(TimeIntents.of("что сдать до конца месяца", WEDNESDAY).range())
                .isEqualTo(new DateRange(WEDNESDAY, LocalDate.of(2022, 4, 30)));
    }

    @Test
    void untilADayStartsToday() {
        assertThat(TimeIntents.of("что надо успеть до 15 мая", WEDNESDAY).range())
                .isEqualTo(new DateRange(WEDNESDAY, LocalDate.of(2022, 5, 15)));
    }

    @Test
    void recognisesNearestAndOverdue() {
        assertThat(TimeIntents.of("ближайший дедлайн", WEDNESDAY).kind()).isEqualTo(TimeIntent.Kind.NEAREST);
        assertThat(TimeIntents.of("что просрочено?", WEDNESDAY).kind()).isEqualTo(TimeIntent.Kind.OVERDUE);
    }

    @Test
    void aQuestionAboutAnActionHasNoTime() {
        assertThat(TimeIntents.of("до какого числа разместить концептуальные документы", WEDNESDAY)).isEqualTo(TimeIntent.NONE);
    }

    @Test
    void lastWeekIsTheWholeWeekBeforeThisOne() {
        TimeIntent intent = TimeIntents.of("что было на прошлой неделе?", WEDNESDAY);

        assertThat(intent.range()).isEqualTo(new DateRange(LocalDate.of(2022, 4, 11), LocalDate.of(2022, 4, 17)));
    }

    @Test
    void anAdjectiveOfAMonthNamesAnEventNotAWindow() {
        assertThat(TimeIntents.of("августовская педконференция когда", WEDNESDAY).kind()).isEqualTo(TimeIntent.Kind.NONE);
    }

    @Test
    void aMisspeltNearestDeadlineIsStillTheNearest() {
        assertThat(TimeIntents.of("ближайщий дедлайн", WEDNESDAY).kind()).isEqualTo(TimeIntent.Kind.NEAREST);
    }

    @Test
    void urgentIsTheNextSevenDays() {
        for (String question : new String[] {"что горит?", "что срочно сдавать", "что у нас на носу"}) {
            TimeIntent intent = TimeIntents.of(question, WEDNESDAY);
            assertThat(intent.kind()).as(question).isEqualTo(TimeIntent.Kind.URGENT);
            assertThat(intent.range()).isEqualTo(new DateRange(WEDNESDAY, WEDNESDAY.plusDays(7)));
        }
    }

    @Test
    void whatWeMissedIsWhatHasPassed() {
        for (String question : new String[] {"что мы пропустили?", "что уже прошло", "что должно было быть сделано к сегодняшнему дню"}) {
            assertThat(TimeIntents.of(question, WEDNESDAY).kind()).as(question).isEqualTo(TimeIntent.Kind.OVERDUE);
        }
    }

    @Test
    void seasonsQuartersHalfYearsAndRangesOfMonths() {
        assertThat(TimeIntents.of("что летом?", WEDNESDAY).range())
                .isEqualTo(new DateRange(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 8, 31)));
        assertThat(TimeIntents.of("что в июне-августе", WEDNESDAY).range())
                .isEqualTo(new DateRange(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 8, 31)));
        assertThat(TimeIntents.of("что во втором квартале", WEDNESDAY).range())
                .isEqualTo(new DateRange(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30)));
        assertThat(TimeIntents.of("что в этом полугодии", WEDNESDAY).range())
                .isEqualTo(new DateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)));
        assertThat(TimeIntents.of("что до конца года", WEDNESDAY).range())
                .isEqualTo(new DateRange(WEDNESDAY, LocalDate.of(2022, 12, 31)));
        assertThat(TimeIntents.of("что было зимой", WEDNESDAY).range())
                .isEqualTo(new DateRange(LocalDate.of(2021, 12, 1), LocalDate.of(2022, 2, 28)));
    }

    @Test
    void aWeekThatStraddlesTwoMonthsIsOneWeek() {
        assertThat(TimeIntents.of("что на этой неделе", LocalDate.of(2022, 3, 30)).range())
                .isEqualTo(new DateRange(LocalDate.of(2022, 3, 28), LocalDate.of(2022, 4, 3)));
    }

    @Test
    void aFollowUpCanTakeThePeriodOutOfAQuestion() {
        assertThat(TimeIntents.withoutTime("когда мониторинг в мае")).isEqualTo("когда мониторинг");
        assertThat(TimeIntents.withoutTime("что горит по мониторингу")).isEqualTo("что по мониторингу");
    }

    @Test
    void theDayTheAskerSaysItIsTodayIsNotThePeriodAsked() {
        assertThat(TimeIntents.of("сегодня уже 3 июня, сильно опоздала?", WEDNESDAY).kind()).isEqualTo(TimeIntent.Kind.OVERDUE);
        assertThat(TimeIntents.of("сегодня 27 мая, а документы не разместили", WEDNESDAY).kind()).isEqualTo(TimeIntent.Kind.NONE);
        assertThat(TimeIntents.of("что у нас 27 мая?", WEDNESDAY).kind()).isNotEqualTo(TimeIntent.Kind.NONE);
    }

    @Test
    void theMonthTheAskerSaysItIsAlreadyIsNotThePeriodAsked() {
        assertThat(TimeIntents.of("когда привезут оборудование?? уже сентябрь 😡", WEDNESDAY).kind()).isEqualTo(TimeIntent.Kind.NONE);
        assertThat(TimeIntents.of("что у нас уже в сентябре?", WEDNESDAY).kind()).isEqualTo(TimeIntent.Kind.WINDOW);
    }

    @Test
    void aHalfOfTheYearIsItsHalfYear() {
        assertThat(TimeIntents.of("что в первой половине года?", WEDNESDAY).range())
                .isEqualTo(new DateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)));
    }

    @Test
    void askingWhetherOneThingIsLateIsNotTheWindowOfItsDate() {
        assertThat(TimeIntents.of("мы опоздали с планом-графиком? он до 1 апреля был?", WEDNESDAY).kind())
                .isEqualTo(TimeIntent.Kind.OVERDUE);
    }

    @Test
    void aDayToldToBeCheckedIsNotAPeriodNorIsAQuotedMessagesUrgency() {
        LocalDate today = LocalDate.of(2022, 1, 15);

        assertThat(TimeIntents.of("до 4 февраля это точно? в карте есть такое?", today).kind()).isEqualTo(TimeIntent.Kind.NONE);
        assertThat(TimeIntents.of("что у нас в мае, точно?", today).kind()).isEqualTo(TimeIntent.Kind.WINDOW);
        assertThat(TimeIntents.of("«Школам срочно разместить документы в системе!!!» это до когда?", today).kind())
                .isEqualTo(TimeIntent.Kind.NONE);
        assertThat(TimeIntents.of("что срочно?", today).kind()).isEqualTo(TimeIntent.Kind.URGENT);
    }
}

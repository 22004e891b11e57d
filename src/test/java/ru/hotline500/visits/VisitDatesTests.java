package ru.hotline500.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as curators type them: words, numbers, month names; a missing year is found from today. */
class VisitDatesTests {

    private static final LocalDate TODAY = LocalDate.of(2021, 4, 12);

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            сегодня            | 2021-04-12
            вчера              | 2021-04-11
            позавчера          | 2021-04-10
            Вчера.             | 2021-04-11
            на сегодня         | 2021-04-12
            12.03              | 2021-03-12
            12.03.2021         | 2021-03-12
            12/03/21           | 2021-03-12
            12-03-2021         | 2021-03-12
            12 марта           | 2021-03-12
            12 марта 2021 г.   | 2021-03-12
            12 марта 2021 года | 2021-03-12
            1 мая              | 2021-05-01
            1 май              | 2021-05-01
            3 февраля          | 2021-02-03
            29.02.2020         | 2020-02-29
            """)
    void readsTheDayOfAVisit(String typed, LocalDate day) {
        assertThat(VisitDates.past(typed, TODAY)).contains(day);
    }

    @ParameterizedTest(name = "«{0}» is no day")
    @ValueSource(strings = {"31.02", "31.04.2021", "29.02", "29.02.2021", "32.01", "12.13", "на прошлой неделе",
            "в прошлый вторник", "", "2021-03-12"})
    void readsNothingFromWhatIsNoDay(String typed) {
        assertThat(VisitDates.past(typed, TODAY)).isEmpty();
        assertThat(VisitDates.future(typed, TODAY)).isEmpty();
    }

    @Test
    void readsTheTwentyNinthOfFebruaryOnlyInALeapYear() {
        assertThat(VisitDates.past("29.02", LocalDate.of(2020, 4, 12))).contains(LocalDate.of(2020, 2, 29));
        assertThat(VisitDates.past("29.02", LocalDate.of(2021, 4, 12))).isEmpty();
    }

    @Test
    void takesALaterDayWithoutAYearAsThisYearsSoThatItIsRefusedAsFuture() {
        assertThat(VisitDates.past("12.05", TODAY)).contains(LocalDate.of(2021, 5, 12));
        assertThat(VisitDates.past("завтра", TODAY)).contains(LocalDate.of(2021, 4, 13));
    }

    @Test
    void takesARecentDecemberDayTypedInJanuaryAsLastYears() {
        LocalDate january = LocalDate.of(2021, 1, 10);

        assertThat(VisitDates.past("28.12", january)).contains(LocalDate.of(2020, 12, 28));
        assertThat(VisitDates.past("28 декабря", january)).contains(LocalDate.of(2020, 12, 28));
        assertThat(VisitDates.past("05.01", january)).contains(LocalDate.of(2021, 1, 5));
    }

    @Test
    void takesAnAutumnDayTypedInJanuaryAsThisYearsNotLastYears() {
        assertThat(VisitDates.past("15.09", LocalDate.of(2021, 1, 10))).contains(LocalDate.of(2021, 9, 15));
    }

    @Test
    void takesAPlannedDayWithoutAYearAsTheNearestFromTodayOn() {
        assertThat(VisitDates.future("10.04", TODAY)).contains(LocalDate.of(2022, 4, 10));
        assertThat(VisitDates.future("12.04", TODAY)).contains(TODAY);
        assertThat(VisitDates.future("20 апреля", TODAY)).contains(LocalDate.of(2021, 4, 20));
        assertThat(VisitDates.future("завтра", TODAY)).contains(LocalDate.of(2021, 4, 13));
        assertThat(VisitDates.future("послезавтра", TODAY)).contains(LocalDate.of(2021, 4, 14));
    }

    @Test
    void keepsAYearTypedInFullOrShort() {
        assertThat(VisitDates.future("10.04.2021", TODAY)).contains(LocalDate.of(2021, 4, 10));
        assertThat(VisitDates.past("12.03.20", TODAY)).contains(LocalDate.of(2020, 3, 12));
    }
}

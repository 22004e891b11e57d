package ru.hotline500.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowsTests {

    private static final LocalDate MAY_10 = LocalDate.of(2022, 5, 10);

    @Test
    void wholeYearMonthlyPermanentAndLongWindowsAreOngoing() {
        assertThat(Windows.ongoing(deadline(DeadlineKind.WHOLE_YEAR, window("2022-01-01", "2022-12-31")))).isTrue();
        assertThat(Windows.ongoing(deadline(DeadlineKind.CONTINUOUS, new DateWindow(LocalDate.parse("2020-09-01"), null)))).isTrue();
        assertThat(Windows.ongoing(deadline(DeadlineKind.MONTHS, window("2022-03-01", "2022-12-31")))).isTrue();
        assertThat(Windows.ongoing(deadline(DeadlineKind.MONTHS, window("2022-03-01", "2022-04-30")))).isFalse();
        assertThat(Windows.ongoing(deadline(DeadlineKind.UNTIL_DATE, DateWindow.until(LocalDate.parse("2022-04-15"))))).isFalse();
    }

    @Test
    void anItemHasPassedOnlyWhenEveryWindowEndedBeforeToday() {
        Deadline marchAndSeptember = new Deadline("март, сентябрь", DeadlineKind.SEVERAL,
                List.of(window("2022-03-01", "2022-03-31"), window("2022-09-01", "2022-09-30")));

        assertThat(Windows.passed(marchAndSeptember, MAY_10)).isFalse();
        assertThat(Windows.passed(marchAndSeptember, LocalDate.of(2022, 10, 1))).isTrue();
        assertThat(Windows.passed(Deadline.unknown("по графику"), MAY_10)).isFalse();
    }

    @Test
    void untilADayIsActiveOnThatDayOnly() {
        Deadline untilApril15 = deadline(DeadlineKind.UNTIL_DATE, DateWindow.until(LocalDate.parse("2022-04-15")));

        assertThat(Windows.activeIn(untilApril15, LocalDate.parse("2022-04-01"), LocalDate.parse("2022-04-30"))).isTrue();
        assertThat(Windows.activeIn(untilApril15, LocalDate.parse("2022-03-01"), LocalDate.parse("2022-03-31"))).isFalse();
    }

    @Test
    void dueBetweenIsTheDayAWindowEnds() {
        Deadline mayToJune = deadline(DeadlineKind.MONTHS, window("2022-05-01", "2022-06-30"));

        assertThat(Windows.dueBetween(mayToJune, MAY_10, MAY_10.plusDays(Windows.URGENT_DAYS))).isEmpty();
        assertThat(Windows.dueBetween(mayToJune, LocalDate.parse("2022-06-25"), LocalDate.parse("2022-07-02")))
                .hasValue(LocalDate.parse("2022-06-30"));
    }

    private static Deadline deadline(DeadlineKind kind, DateWindow window) {
        return new Deadline("текст", kind, List.of(window));
    }

    private static DateWindow window(String from, String to) {
        return new DateWindow(LocalDate.parse(from), LocalDate.parse(to));
    }
}

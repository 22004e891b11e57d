package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.hotline500.roadmap.DateWindow;
import ru.hotline500.roadmap.Deadline;
import ru.hotline500.roadmap.DeadlineKind;

class DeadlineStatusTests {

    private static final LocalDate TODAY = LocalDate.of(2021, 4, 10);

    @Test
    void countsTheDaysLeftToAnUpcomingDeadline() {
        assertThat(status(new DateWindow(null, LocalDate.of(2021, 4, 15)))).isEqualTo("осталось 5 дней");
    }

    @Test
    void saysAPeriodIsRunningAndHowLongItHasLeft() {
        assertThat(status(new DateWindow(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 30)))).isEqualTo("идёт сейчас, до конца 20 дней");
    }

    @Test
    void saysHowLongAgoADeadlinePassed() {
        assertThat(status(DateWindow.day(LocalDate.of(2021, 4, 7)))).isEqualTo("срок прошёл 3 дня назад");
    }

    @Test
    void todayIsTheLastDay() {
        assertThat(status(DateWindow.day(TODAY))).isEqualTo("сегодня последний день");
    }

    @Test
    void aContinuousActionIsAlwaysGoingOn() {
        assertThat(status(new DateWindow(LocalDate.of(2020, 9, 1), null))).isEqualTo("идёт постоянно");
    }

    @Test
    void ofSeveralWindowsSaysWhichPassedAndHowLongUntilTheNext() {
        Deadline twice = new Deadline("Март, сентябрь 2021", DeadlineKind.SEVERAL, List.of(
                new DateWindow(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31)),
                new DateWindow(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 30))));

        assertThat(DeadlineStatus.of(twice, TODAY)).contains("срок прошёл 10 дней назад; следующий — осталось 173 дня");
    }

    @Test
    void aDeadlineWithoutDatesHasNoStatus() {
        assertThat(DeadlineStatus.of(Deadline.unknown("по согласованию"), TODAY)).isEmpty();
    }

    private static String status(DateWindow window) {
        return DeadlineStatus.of(new Deadline("текст", DeadlineKind.MONTHS, List.of(window)), TODAY).orElseThrow();
    }
}

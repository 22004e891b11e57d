package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.hotline500.roadmap.DateWindow;
import ru.hotline500.roadmap.Deadline;
import ru.hotline500.roadmap.DeadlineKind;

class RussianDatesTests {

    @Test
    void writesDeadlinesInWordsFromTheirWindows() {
        assertThat(RussianDates.deadline(deadline(DeadlineKind.UNTIL_DATE, new DateWindow(null, LocalDate.of(2021, 4, 15)))))
                .isEqualTo("до 15 апреля 2021");
        assertThat(RussianDates.deadline(deadline(DeadlineKind.MONTHS, new DateWindow(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 5, 31)))))
                .isEqualTo("февраль – май 2022");
        assertThat(RussianDates.deadline(deadline(DeadlineKind.EXACT_DATE, DateWindow.day(LocalDate.of(2021, 5, 25)))))
                .isEqualTo("25 мая 2021");
        assertThat(RussianDates.deadline(deadline(DeadlineKind.MONTHS, new DateWindow(LocalDate.of(2021, 12, 1), LocalDate.of(2022, 1, 31)))))
                .isEqualTo("декабрь 2021 – январь 2022");
        assertThat(RussianDates.deadline(deadline(DeadlineKind.DATE_RANGE, new DateWindow(LocalDate.of(2021, 1, 27), LocalDate.of(2021, 1, 28)))))
                .isEqualTo("27–28 января 2021");
        assertThat(RussianDates.deadline(deadline(DeadlineKind.DATE_RANGE, new DateWindow(LocalDate.of(2021, 3, 10), LocalDate.of(2021, 4, 2)))))
                .isEqualTo("10 марта – 2 апреля 2021");
    }

    @Test
    void keepsTheRoadmapsOwnWordsWhenItsWindowsSayLittle() {
        assertThat(RussianDates.deadline(new Deadline("Ежемесячно по графику", DeadlineKind.RECURRING, List.of())))
                .isEqualTo("«Ежемесячно по графику»");
        assertThat(RussianDates.deadline(Deadline.unknown("по согласованию"))).isEqualTo("«по согласованию»");
    }

    @ParameterizedTest
    @CsvSource({"1, 1 день", "2, 2 дня", "5, 5 дней", "11, 11 дней", "21, 21 день", "22, 22 дня", "112, 112 дней", "31, 31 день"})
    void countsDaysWithTheRightWordForm(long days, String expected) {
        assertThat(RussianDates.days(days)).isEqualTo(expected);
    }

    private static Deadline deadline(DeadlineKind kind, DateWindow window) {
        return new Deadline("текст", kind, List.of(window));
    }
}

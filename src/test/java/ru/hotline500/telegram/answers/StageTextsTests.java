package ru.hotline500.telegram.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import ru.hotline500.visits.Stage;

class StageTextsTests {

    private static final Stage SPRING = Stage.of(LocalDate.of(2021, 4, 10), MonthDay.of(8, 1));

    @Test
    void aStageWithNothingLeftSaysSo() {
        assertThat(StageTexts.stage("Дубовский район", SPRING, List.of()))
                .startsWith("Сейчас идёт 1 этап 2021 года (с 1 января по 31 июля). Территория: Дубовский район.")
                .endsWith("До конца этапа сроков в дорожных картах больше нет.");
    }

    @Test
    void aLongListShowsTheNearestTenAndHowManyMore() {
        List<StageTexts.Due> due = IntStream.rangeClosed(1, 13)
                .mapToObj(i -> new StageTexts.Due(LocalDate.of(2021, 5, i), "3." + i, "Действие " + i)).toList();

        String text = StageTexts.stage("Дубовский район", SPRING, due);

        assertThat(text).contains("• до 1 мая — «Действие 1» (п. 3.1)", "• до 10 мая — «Действие 10» (п. 3.10)", "…и ещё 3.")
                .doesNotContain("Действие 11");
    }

    @Test
    void aLongActionIsCutToOneLineOfAPhone() {
        String action = "Размещение\nотчётных документов " + "очень ".repeat(40) + "длинное";

        String text = StageTexts.stage("Дубовский район", SPRING, List.of(new StageTexts.Due(LocalDate.of(2021, 5, 25), "7", action)));

        assertThat(text).contains("«Размещение отчётных документов очень").contains("…» (п. 7)").doesNotContain("длинное");
    }
}

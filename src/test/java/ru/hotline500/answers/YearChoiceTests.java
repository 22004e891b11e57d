package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.hotline500.roadmap.RoadmapLevel;
import ru.hotline500.roadmap.StoredRoadmap;
import ru.hotline500.territory.Territory;
import ru.hotline500.territory.TerritoryKind;

class YearChoiceTests {

    private static final Territory NEKLINOVSKY = new Territory("neklinovsky", "Неклиновский район", TerritoryKind.MUNICIPALITY,
            "rostov", ZoneId.of("Europe/Moscow"));

    @Test
    void todaysYearComesFirstNeverALaterOne() {
        YearChoice choice = YearChoice.of(List.of(NEKLINOVSKY), t -> roadmaps(2021, 2022, 2023), LocalDate.of(2022, 5, 1), "когда");

        assertThat(choice.of("neklinovsky")).isEqualTo(2022);
        assertThat(choice.note(LocalDate.of(2022, 5, 1))).isEmpty();
    }

    @Test
    void withoutTodaysYearTheNearestEarlierOneWithANote() {
        YearChoice choice = YearChoice.of(List.of(NEKLINOVSKY), t -> roadmaps(2021, 2022), LocalDate.of(2026, 12, 1), "когда");

        assertThat(choice.of("neklinovsky")).isEqualTo(2022);
        assertThat(choice.note(LocalDate.of(2026, 12, 1))).isEqualTo("Дорожной карты на 2026 год пока нет; отвечаю по карте 2022 года.");
    }

    @Test
    void aYearTheQuestionNamesIsAnsweredFromItsRoadmap() {
        YearChoice choice = YearChoice.of(List.of(NEKLINOVSKY), t -> roadmaps(2021, 2022), LocalDate.of(2022, 5, 1), "что было в мае 2021");

        assertThat(choice.of("neklinovsky")).isEqualTo(2021);
        assertThat(choice.note(LocalDate.of(2022, 5, 1))).isEmpty();
    }

    private static List<StoredRoadmap> roadmaps(int... years) {
        return java.util.Arrays.stream(years).mapToObj(y -> new StoredRoadmap(y, "neklinovsky", RoadmapLevel.MUNICIPAL, y, "", "", "", java.time.Instant.EPOCH, List.of()))
                .toList();
    }
}

package ru.hotline500.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each real roadmap read as it is, item by item, against expectations written by reading the documents. */
class SeedImportTests {

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void readsEveryItemOfTheSeedWithItsSectionAndDeadline(Seeds seed) {
        List<String> actual = seed.parse().items().stream().map(SeedImportTests::row).toList();
        List<String> expected = seed.expectedItems().stream().map(cells -> String.join(" | ", cells)).toList();

        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void understandsEveryDeadlineOfTheSeeds(Seeds seed) {
        assertThat(seed.parse().unparsedDeadlines()).isEmpty();
    }

    @Test
    void neklinovskyHasSixSectionsAndSkipsTheEmptyItem() {
        ParsedRoadmap roadmap = Seeds.NEKLINOVSKY.parse();

        assertThat(roadmap.sections()).extracting(RoadmapSection::label).containsExactly(
                "1. Организационное сопровождение проекта", "2. Информационное сопровождение Проекта 500+",
                "3. Методическое сопровождение Проекта 500+", "4. Проведение дополнительных мониторинговых исследований/экспертиз",
                "5. Наличие уникальных региональных практик в рамках реализации Проекта",
                "6. Проведение образовательных мероприятий/вовлечение системы ДПО");
        assertThat(roadmap.sections()).extracting(s -> s.items().size()).containsExactly(11, 12, 5, 9, 5, 3);
        assertThat(roadmap.warnings()).anyMatch(w -> w.contains("2.13"));
        assertThat(roadmap.title()).isEqualTo("Муниципальная дорожная карта реализации проекта Адресной методической помощи 500+ (на 2022 год)");
    }

    @Test
    void neklinovskyJoinsCellsContinuedAfterAPageBreak() {
        RoadmapItem visits = item(Seeds.NEKLINOVSKY.parse(), "1.8");

        assertThat(visits.action()).endsWith("с целью оказания методической поддержки (2 этап работы над проектом)");
        assertThat(visits.indicator()).isEqualTo("Наличие графиков посещений школ-участниц Проекта 500+ закрепленными кураторами");
    }

    @Test
    void neklinovskyIgnoresTheWorkingGroupTableAndFootnotes() {
        ParsedRoadmap roadmap = Seeds.NEKLINOVSKY.parse();

        assertThat(roadmap.items()).noneMatch(i -> i.action().contains("Саврасова") || i.action().contains("Далее - Проект"));
        assertThat(item(roadmap, "6.3").action()).startsWith("Повышение квалификации педагогов");
    }

    @Test
    void dubovskyReadsTheTableAfterTheOrderWithResponsibles() {
        ParsedRoadmap roadmap = Seeds.DUBOVSKY.parse();

        assertThat(roadmap.items()).hasSize(19);
        assertThat(item(roadmap, "5").responsible()).isEqualTo("Координаторы от ШНОР");
        assertThat(item(roadmap, "5").indicator()).isEqualTo("Размещение концептуальных документов (100% школ-участниц Проекта 500+)");
        assertThat(item(roadmap, "15").action()).endsWith("поддержки и повышения квалификации педагогических и руководящих школ с низкими результатами обучения");
        assertThat(roadmap.title()).startsWith("План муниципальных мероприятий «Дорожной карты»");
    }

    @Test
    void sakhalinJoinsTheLinesOfACellAndListsResponsibles() {
        ParsedRoadmap roadmap = Seeds.SAKHALIN.parse();

        assertThat(item(roadmap, "1.1").action()).isEqualTo("Назначение региональных координаторов и направление данных в ФИС ОКО");
        assertThat(item(roadmap, "3.5").responsible()).isEqualTo("ИРОСО, Муниципальные координаторы, Кураторы, ОО");
        assertThat(item(roadmap, "3.9").responsible()).isEqualTo("Кураторы, ОО");
    }

    @Test
    void kizlyarItemsAreNumberedInOrderAndDashesMeanNoIndicator() {
        ParsedRoadmap roadmap = Seeds.KIZLYAR.parse();

        assertThat(roadmap.items()).extracting(RoadmapItem::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 18).mapToObj(String::valueOf).toList());
        assertThat(item(roadmap, "13").indicator()).isEmpty();
        assertThat(item(roadmap, "13").action()).isEqualTo("Экспертиза документов");
    }

    @Test
    void kizlyarWithoutAYearIsRefusedWithWhatToPass() {
        byte[] content = Seeds.KIZLYAR.content();
        RoadmapReader reader = new RoadmapReader(RoadmapReader.DEFAULT_MAX_BYTES);

        assertThatThrownBy(() -> reader.read(Seeds.KIZLYAR.file(), content, null))
                .isInstanceOf(RoadmapRejectedException.class)
                .hasMessageContaining("--year");
    }

    @Test
    void yearsAreFoundInTheDocumentsThatWriteThem() {
        RoadmapReader reader = new RoadmapReader(RoadmapReader.DEFAULT_MAX_BYTES);

        for (Seeds seed : List.of(Seeds.NEKLINOVSKY, Seeds.DUBOVSKY, Seeds.SAKHALIN, Seeds.ULYANOVSK)) {
            assertThat(reader.read(seed.file(), seed.content(), null).year()).as(seed.name()).isEqualTo(seed.year());
        }
    }

    @Test
    void ulyanovskSplitsTheTwoRowsMergedByThePageBreak() {
        ParsedRoadmap roadmap = Seeds.ULYANOVSK.parse();

        RoadmapItem expertise = item(roadmap, "3.4");
        RoadmapItem internship = item(roadmap, "3.5");
        assertThat(expertise.action()).startsWith("Экспертиза документов муниципальных графиков").endsWith("(1 мониторинг)");
        assertThat(expertise.deadline().text()).isEqualTo("До 15 мая 2022");
        assertThat(internship.action()).startsWith("Организация и проведение стажировочной площадки");
        assertThat(internship.action()).contains("Тереньгульский лицей");
        assertThat(internship.deadline().text()).isEqualTo("Март-апрель 2022");
        assertThat(roadmap.warnings()).anyMatch(w -> w.contains("3.5") && w.contains("3.4"));
    }

    @Test
    void ulyanovskKeepsTheInformationColumnByItsHeader() {
        RoadmapItem item = item(Seeds.ULYANOVSK.parse(), "1.2");

        assertThat(item.extras()).containsEntry("Информационное сопровождение проекта", "Ссылка на информационный ресурс https://mo73.ru/dev/oo/500/");
        assertThat(item.action()).doesNotContain("<p>");
    }

    private static RoadmapItem item(ParsedRoadmap roadmap, String number) {
        return roadmap.items().stream().filter(i -> i.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + number + " in " +
                        roadmap.items().stream().map(RoadmapItem::number).collect(Collectors.joining(","))));
    }

    private static String row(RoadmapItem item) {
        String windows = item.deadline().windows().stream()
                .map(w -> (w.start() == null ? "" : w.start().toString()) + ".." + (w.end() == null ? "" : w.end().toString()))
                .collect(Collectors.joining(";"));
        return String.join(" | ", item.number(), item.section(), item.deadline().kind().jsonName(), windows, item.deadline().text());
    }
}

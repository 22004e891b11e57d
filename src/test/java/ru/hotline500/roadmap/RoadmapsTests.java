package ru.hotline500.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;
import ru.hotline500.territory.TerritoryKind;

/** Imports into the real (file) database: idempotent, replacing, atomic. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "hotline.data-dir=target/test-data/roadmaps-${random.uuid}", "hotline.roadmaps.load-sample=false"})
@Import(RoadmapsTests.Events.class)
class RoadmapsTests {

    @Autowired
    Roadmaps roadmaps;

    @Autowired
    Territories territories;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Events events;

    @BeforeEach
    void territories() {
        jdbc.update("delete from roadmap");
        territories.save(new Territory("rostov", "Ростовская область", TerritoryKind.REGION, null, ZoneId.of("Europe/Moscow")));
        territories.save(new Territory("dubovsky", "Дубовский район", TerritoryKind.MUNICIPALITY, "rostov", ZoneId.of("Europe/Moscow")));
        territories.save(new Territory("neklinovsky", "Неклиновский район", TerritoryKind.MUNICIPALITY, "rostov", ZoneId.of("Europe/Moscow")));
        territories.save(new Territory("sakhalin", "Сахалинская область", TerritoryKind.REGION, null, ZoneId.of("Asia/Sakhalin")));
        events.received.clear();
    }

    @Test
    void storesTheRoadmapAndGivesItBackItemByItem() {
        ImportReport report = importSeed(Seeds.SAKHALIN, "sakhalin", null);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.CREATED);
        assertThat(report.items()).isEqualTo(28);
        assertThat(report.sections()).extracting(ImportReport.SectionCount::items).containsExactly(6, 5, 17);
        StoredRoadmap stored = roadmaps.find("sakhalin", 2021).orElseThrow();
        assertThat(stored.items()).containsExactlyElementsOf(Seeds.SAKHALIN.parse().items());
        assertThat(stored.level()).isEqualTo(RoadmapLevel.REGIONAL);
        assertThat(events.received).extracting(RoadmapImported::territoryId).containsExactly("sakhalin");
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        importSeed(Seeds.DUBOVSKY, "dubovsky", null);
        long id = roadmaps.find("dubovsky", 2021).orElseThrow().id();

        ImportReport again = importSeed(Seeds.DUBOVSKY, "dubovsky", null);

        assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.UNCHANGED);
        assertThat(roadmaps.find("dubovsky", 2021).orElseThrow().id()).isEqualTo(id);
        assertThat(jdbc.queryForObject("select count(*) from roadmap_item", Integer.class)).isEqualTo(19);
        assertThat(events.received).hasSize(1);
    }

    @Test
    void aNewVersionForTheSameYearReplacesTheOldOne() {
        importSeed(Seeds.DUBOVSKY, "dubovsky", null);
        assertThat(roadmaps.find("dubovsky", 2021).orElseThrow().items()).hasSize(19);
        String shorter = new String(Seeds.DUBOVSKY.content(), StandardCharsets.UTF_8).replaceAll("(?m)^19\\.\t.*$", "");

        ImportReport report = roadmaps.importDocument(new ImportRequest("dubovsky-v2.txt", shorter.getBytes(StandardCharsets.UTF_8), "dubovsky", null));

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.REPLACED);
        assertThat(roadmaps.list()).singleElement().satisfies(s -> {
            assertThat(s.items()).isEqualTo(18);
            assertThat(s.sourceFile()).isEqualTo("dubovsky-v2.txt");
        });
        assertThat(jdbc.queryForObject("select count(*) from roadmap_item", Integer.class)).isEqualTo(18);
        assertThat(jdbc.queryForObject("select count(*) from roadmap_section", Integer.class)).isEqualTo(1);
        assertThat(roadmaps.find("dubovsky", 2021).orElseThrow().items()).hasSize(18);
    }

    @Test
    void aRefusedDocumentLeavesTheDatabaseAsItWas() {
        importSeed(Seeds.DUBOVSKY, "dubovsky", null);

        assertThatThrownBy(() -> roadmaps.importDocument(new ImportRequest("broken.docx", "PK\u0003\u0004junk".getBytes(StandardCharsets.ISO_8859_1), "dubovsky", 2021)))
                .isInstanceOf(RoadmapRejectedException.class);

        assertThat(roadmaps.find("dubovsky", 2021).orElseThrow().items()).hasSize(19);
    }

    @Test
    void recognisesTheTerritoryFromTheDocument() {
        assertThat(importSeed(Seeds.DUBOVSKY, null, null).territoryId()).isEqualTo("dubovsky");
        assertThat(importSeed(Seeds.NEKLINOVSKY, null, null).territoryId()).isEqualTo("neklinovsky");
        assertThat(importSeed(Seeds.SAKHALIN, null, null).territoryId()).isEqualTo("sakhalin");
    }

    @Test
    void refusesWhenTheTerritoryIsNeitherGivenNorNamed() {
        assertThatThrownBy(() -> importSeed(Seeds.ULYANOVSK, null, null))
                .isInstanceOf(RoadmapRejectedException.class)
                .hasMessageContaining("--territory");
    }

    @Test
    void keepsDeadlinesItDoesNotUnderstandAndReportsThem() {
        String table = "Дорожная карта Дубовского района на 2023 год\n№\tМероприятие\tСрок\tОтветственный\n"
                + "1\tВебинар для кураторов\tII квартал\tМК\n2\tСовещание\tпо согласованию с министерством\tМК\n";

        ImportReport report = roadmaps.importDocument(new ImportRequest("2023.txt", table.getBytes(StandardCharsets.UTF_8), null, null));

        assertThat(report.territoryId()).isEqualTo("dubovsky");
        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.unparsedDeadlines()).containsExactly(new ImportReport.UnparsedDeadline("2", "по согласованию с министерством"));
        List<RoadmapItem> items = roadmaps.find("dubovsky", 2023).orElseThrow().items();
        assertThat(items.get(0).deadline().windows()).containsExactly(new DateWindow(java.time.LocalDate.of(2023, 4, 1), java.time.LocalDate.of(2023, 6, 30)));
        assertThat(items.get(1).deadline()).isEqualTo(Deadline.unknown("по согласованию с министерством"));
        assertThat(roadmaps.list()).singleElement().extracting(RoadmapSummary::unknownDeadlines).isEqualTo(1L);
    }

    @Test
    void listsRoadmapsWithTheirCounts() {
        importSeed(Seeds.DUBOVSKY, "dubovsky", null);
        importSeed(Seeds.NEKLINOVSKY, "neklinovsky", null);

        assertThat(roadmaps.list()).extracting(RoadmapSummary::territoryId, RoadmapSummary::year, RoadmapSummary::items, RoadmapSummary::unknownDeadlines)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dubovsky", 2021, 19L, 0L),
                        org.assertj.core.groups.Tuple.tuple("neklinovsky", 2022, 45L, 0L));
    }

    private ImportReport importSeed(Seeds seed, String territory, Integer year) {
        return roadmaps.importDocument(new ImportRequest(seed.file(), seed.content(), territory, year));
    }

    @TestConfiguration
    static class Events {
        final List<RoadmapImported> received = new ArrayList<>();

        @EventListener
        void on(RoadmapImported event) {
            received.add(event);
        }
    }
}

package ru.hotline500.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import ru.hotline500.roadmap.DateWindow;
import ru.hotline500.roadmap.RoadmapItem;
import ru.hotline500.roadmap.Roadmaps;
import ru.hotline500.roadmap.StoredRoadmap;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;

/**
 * Dates of visits as the roadmaps see them: "today" in the territory's own time zone, the earliest allowed date
 * (the start of the territory's first roadmap year) and the purpose a roadmap's visit item suggests for a day.
 */
@Component
class VisitCalendar {

    /** The action is the visit itself ("Посещение школ…", "Первичное посещение…"), not e.g. approving its schedule. */
    private static final Pattern VISIT_ITEM = Pattern.compile("^[\\s\\d.)-]*(первичн\\S*\\s+)?(посещен|визит|выезд)");
    private static final Pattern PRIMARY = Pattern.compile("первичн");
    private static final Pattern STAGE_ONE = Pattern.compile("(1|перв\\S*)\\s*этап");
    private static final Pattern STAGE_TWO = Pattern.compile("(2|втор\\S*)\\s*этап");

    private final Territories territories;
    private final Roadmaps roadmaps;
    private final VisitsProperties properties;
    private final Clock clock;

    VisitCalendar(Territories territories, Roadmaps roadmaps, VisitsProperties properties, Clock clock) {
        this.territories = territories;
        this.roadmaps = roadmaps;
        this.properties = properties;
        this.clock = clock;
    }

    LocalDate today(String territoryId) {
        return LocalDate.now(clock.withZone(territories.get(territoryId).timeZone()));
    }

    Stage stageOf(LocalDate date) {
        return Stage.of(date, properties.secondStageStarts());
    }

    Stage stage(int year, int number) {
        return Stage.of(year, number, properties.secondStageStarts());
    }

    /** 1 January of the territory's (or its region's) earliest roadmap; a year back when it has none. */
    LocalDate earliest(String territoryId) {
        return roadmapsOf(territoryId).map(StoredRoadmap::year).min(Comparator.naturalOrder())
                .map(year -> LocalDate.of(year, 1, 1)).orElseGet(() -> today(territoryId).minusYears(1));
    }

    PurposeSuggestion suggest(String territoryId, LocalDate date) {
        Optional<RoadmapItem> item = roadmapsOf(territoryId).filter(r -> r.year() == date.getYear())
                .flatMap(r -> r.items().stream()).filter(i -> covers(i, date) && isVisit(i)).findFirst();
        VisitPurpose byStage = stageOf(date).number() == 1 ? VisitPurpose.STAGE_ONE : VisitPurpose.STAGE_TWO;
        return item.map(i -> new PurposeSuggestion(purposeOf(i, byStage), i.number(), i.action()))
                .orElseGet(() -> new PurposeSuggestion(byStage, null, null));
    }

    private Stream<StoredRoadmap> roadmapsOf(String territoryId) {
        Optional<Territory> territory = territories.find(territoryId);
        Stream<String> ids = territory.map(t -> t.parentId() == null ? Stream.of(t.id()) : Stream.of(t.id(), t.parentId()))
                .orElseGet(Stream::empty);
        return ids.flatMap(id -> roadmaps.ofTerritory(id).stream());
    }

    private static boolean covers(RoadmapItem item, LocalDate date) {
        List<DateWindow> windows = item.deadline().windows();
        return windows.stream().anyMatch(w -> w.start() != null && w.overlaps(date, date));
    }

    private static boolean isVisit(RoadmapItem item) {
        String text = item.action().toLowerCase(Locale.ROOT);
        return VISIT_ITEM.matcher(text).lookingAt() && (text.contains("куратор") || item.responsible().toLowerCase(Locale.ROOT).contains("куратор"));
    }

    private static VisitPurpose purposeOf(RoadmapItem item, VisitPurpose byStage) {
        String text = item.action().toLowerCase(Locale.ROOT);
        if (PRIMARY.matcher(text).find()) {
            return VisitPurpose.PRIMARY;
        }
        if (STAGE_TWO.matcher(text).find()) {
            return VisitPurpose.STAGE_TWO;
        }
        return STAGE_ONE.matcher(text).find() ? VisitPurpose.STAGE_ONE : byStage;
    }
}

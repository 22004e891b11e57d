package ru.hotline500.digest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.handoff.HandOffs;
import ru.hotline500.people.Directory;
import ru.hotline500.roadmap.RoadmapItem;
import ru.hotline500.roadmap.SourcedItem;
import ru.hotline500.roadmap.TerritoryItems;
import ru.hotline500.roadmap.Windows;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;
import ru.hotline500.visits.Stage;
import ru.hotline500.visits.VisitConfirmations;
import ru.hotline500.visits.VisitOverview;

/**
 * Builds a territory's digest for a day from its roadmaps (its own and its region's) and the visits of the stage.
 * Dates only, by the {@link Windows} every answer uses: an item is "due" when one of its windows ends within the
 * horizon, "overdue" when every window ended before today, within the stage.
 */
@Service
@Transactional(readOnly = true)
public class Digests {

    /** Two weeks ahead, as coordinators plan. */
    public static final int HORIZON_DAYS = 14;

    private final Territories territories;
    private final TerritoryItems territoryItems;
    private final Directory directory;
    private final VisitOverview overview;
    private final VisitConfirmations confirmations;
    private final HandOffs handOffs;

    Digests(Territories territories, TerritoryItems territoryItems, Directory directory, VisitOverview overview,
            VisitConfirmations confirmations, HandOffs handOffs) {
        this.handOffs = handOffs;
        this.territories = territories;
        this.territoryItems = territoryItems;
        this.directory = directory;
        this.overview = overview;
        this.confirmations = confirmations;
    }

    /** @throws ru.hotline500.territory.UnknownTerritoryException for an unknown territory id */
    public Digest build(String territoryId, LocalDate today) {
        Territory territory = territories.get(territoryId);
        Stage stage = confirmations.stageOf(today);
        List<RoadmapItem> items = territoryItems.of(territoryId, today.getYear()).stream().map(SourcedItem::item).toList();
        List<DueItem> dueSoon = items.stream().map(i -> dueWithin(i, today, today.plusDays(HORIZON_DAYS)))
                .flatMap(Optional::stream).sorted(Comparator.comparing(DueItem::until)).toList();
        List<DueItem> overdue = items.stream().map(i -> overdue(i, today, stage)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(DueItem::until)).toList();
        return new Digest(territory.name(), today, stage, HORIZON_DAYS, dueSoon, overdue,
                overview.of(directory.scopeOfTerritory(territoryId), stage), unanswered(territory));
    }

    private List<WaitingQuestion> unanswered(Territory territory) {
        return handOffs.unanswered(territoriesOf(territory)).stream().map(q -> new WaitingQuestion(
                LocalDate.ofInstant(q.waitingSince(), territory.timeZone()), q.asker().name(), q.asker().from(), q.question())).toList();
    }

    /** A region's digest also carries its municipalities' questions (a municipality without a group asks the region's). */
    private List<String> territoriesOf(Territory territory) {
        return Stream.concat(Stream.of(territory.id()), territories.all().stream()
                .filter(t -> territory.id().equals(t.parentId())).map(Territory::id)).toList();
    }

    private static Optional<DueItem> dueWithin(RoadmapItem item, LocalDate from, LocalDate to) {
        return Windows.dueBetween(item.deadline(), from, to).map(end -> due(item, end));
    }

    private static Optional<DueItem> overdue(RoadmapItem item, LocalDate today, Stage stage) {
        if (!Windows.passed(item.deadline(), today)) {
            return Optional.empty();
        }
        LocalDate last = item.deadline().end();
        return last != null && !last.isBefore(stage.from()) ? Optional.of(due(item, last)) : Optional.empty();
    }

    private static DueItem due(RoadmapItem item, LocalDate until) {
        return new DueItem(item.number(), item.action(), item.responsible(), until);
    }
}

package ru.hotline500.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import ru.hotline500.roadmap.SourcedItem;
import ru.hotline500.roadmap.TerritoryItems;

/**
 * The items of a territory's roadmaps (its own and its region's) that one of its people may be reminded of on a
 * local day: a window ends in exactly three days, or on that day. Worked out once per territory and day within one
 * run, whatever the number of people there.
 */
final class DueItems {

    /** A due item with the roles its responsible text names. */
    record Due(ReminderItem item, Set<ReminderRole> roles) {
    }

    private final TerritoryItems territoryItems;
    private final Map<String, List<Due>> byTerritoryAndDay = new HashMap<>();

    DueItems(TerritoryItems territoryItems) {
        this.territoryItems = territoryItems;
    }

    List<Due> on(String territoryId, LocalDate day) {
        return byTerritoryAndDay.computeIfAbsent(territoryId + "/" + day, key -> find(territoryId, day));
    }

    private List<Due> find(String territoryId, LocalDate day) {
        LocalDate ahead = day.plusDays(ReminderItem.Kind.THREE_DAYS_BEFORE.daysBefore());
        List<Due> due = new ArrayList<>();
        Stream.of(day.getYear(), ahead.getYear()).distinct().flatMap(year -> territoryItems.of(territoryId, year).stream())
                .forEach(item -> item.item().deadline().ends().stream().distinct().forEach(end -> {
                    if (end.equals(day)) {
                        due.add(due(item, ReminderItem.Kind.ON_THE_DAY, end));
                    } else if (end.equals(ahead)) {
                        due.add(due(item, ReminderItem.Kind.THREE_DAYS_BEFORE, end));
                    }
                }));
        return due;
    }

    private static Due due(SourcedItem item, ReminderItem.Kind kind, LocalDate until) {
        return new Due(new ReminderItem(ItemRef.of(item), kind, until, item.item().action(), item.item().responsible(), item.source()),
                Responsibles.rolesOf(item.item().responsible()));
    }
}

package ru.hotline500.roadmap;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import ru.hotline500.territory.Genitive;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;

/**
 * The roadmap items a territory's people work from: its own roadmaps and, for a municipality, its region's. Reads
 * through {@link Roadmaps}' cache, so calling it for every territory every minute stays cheap.
 */
@Service
public class TerritoryItems {

    private final Roadmaps roadmaps;
    private final Territories territories;

    TerritoryItems(Roadmaps roadmaps, Territories territories) {
        this.roadmaps = roadmaps;
        this.territories = territories;
    }

    /**
     * The items of the territory's and its region's roadmaps of that year, each with its source.
     *
     * @throws ru.hotline500.territory.UnknownTerritoryException for an unknown territory id
     */
    public List<SourcedItem> of(String territoryId, int year) {
        Territory territory = territories.get(territoryId);
        Stream<Territory> scope = territory.parentId() == null ? Stream.of(territory)
                : Stream.concat(Stream.of(territory), territories.find(territory.parentId()).stream());
        return scope.flatMap(t -> roadmaps.ofTerritory(t.id()).stream().filter(r -> r.year() == year)
                .flatMap(r -> r.items().stream().map(item -> new SourcedItem(t.id(), year, item, source(t.name(), year, item.number())))))
                .toList();
    }

    /** "Дорожная карта Дубовского района на 2021 год, п. 5". */
    public static String source(String territoryName, int year, String itemNumber) {
        return "Дорожная карта " + Genitive.of(territoryName) + " на " + year + " год, п. " + itemNumber;
    }
}

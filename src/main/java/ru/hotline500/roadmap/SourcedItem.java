package ru.hotline500.roadmap;

import java.util.Objects;

/**
 * A roadmap item with the roadmap it belongs to.
 *
 * @param territoryId whose roadmap it is (a municipality's own or its region's)
 * @param year        the roadmap's year
 * @param source      "Дорожная карта Дубовского района на 2021 год, п. 5"
 */
public record SourcedItem(String territoryId, int year, RoadmapItem item, String source) {

    public SourcedItem {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(source, "source");
    }
}

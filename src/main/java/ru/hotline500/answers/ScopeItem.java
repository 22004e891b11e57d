package ru.hotline500.answers;

import ru.hotline500.roadmap.RoadmapItem;

/**
 * A roadmap item in the asker's scope, with where it comes from.
 *
 * @param source "Дорожная карта Дубовского района на 2021 год, п. 5"
 */
record ScopeItem(String territoryId, int year, RoadmapItem item, String source) {
}

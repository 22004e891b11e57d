package ru.hotline500.answers;

import ru.hotline500.roadmap.RoadmapItem;

/**
 * A roadmap item that answers the question.
 *
 * @param source "Дорожная карта Дубовского района на 2021 год, п. 5"
 * @param score  how well it fits: BM25 for questions about an action, 0 for items listed by date
 */
public record Match(String territoryId, int roadmapYear, String source, RoadmapItem item, double score) {
}

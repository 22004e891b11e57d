package ru.hotline500.roadmap;

import java.time.Instant;

/** One line of the list of stored roadmaps. */
public record RoadmapSummary(long id, String territoryId, RoadmapLevel level, int year, String title, String sourceFile,
                             long items, long unknownDeadlines, Instant importedAt) {
}

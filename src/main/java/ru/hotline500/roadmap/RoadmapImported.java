package ru.hotline500.roadmap;

/** Published after a roadmap was stored, new or replacing an older version of the same territory and year. */
public record RoadmapImported(long roadmapId, String territoryId, int year, int items) {
}

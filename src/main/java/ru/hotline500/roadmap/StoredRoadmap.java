package ru.hotline500.roadmap;

import java.time.Instant;
import java.util.List;

/** A roadmap as stored: where it comes from and its sections with their items. */
public record StoredRoadmap(long id, String territoryId, RoadmapLevel level, int year, String title, String sourceFile,
                            String contentHash, Instant importedAt, List<RoadmapSection> sections) {

    public StoredRoadmap {
        sections = List.copyOf(sections);
    }

    public List<RoadmapItem> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }
}

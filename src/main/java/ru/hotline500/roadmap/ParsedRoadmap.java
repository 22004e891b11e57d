package ru.hotline500.roadmap;

import java.util.List;

/**
 * A roadmap as read from a document, before it is stored.
 *
 * @param title      the document's own title, or a generated one when it has none
 * @param year       the roadmap's year: given, or found in the title or in the deadlines
 * @param sections   sections in document order, each with its items
 * @param warnings   what the reader noticed and a person should check (Russian)
 * @param paragraphs the text outside the table (title, order, footnotes), used to recognise the territory
 */
public record ParsedRoadmap(String title, int year, List<RoadmapSection> sections, List<String> warnings,
                            List<String> paragraphs) {

    public ParsedRoadmap {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
        paragraphs = List.copyOf(paragraphs);
    }

    public List<RoadmapItem> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    /** Items whose deadline was not understood: kept with their text, listed in the import report. */
    public List<RoadmapItem> unparsedDeadlines() {
        return items().stream().filter(i -> !i.deadline().understood()).toList();
    }
}

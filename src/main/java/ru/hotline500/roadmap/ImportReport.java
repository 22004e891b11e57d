package ru.hotline500.roadmap;

import java.util.List;
import ru.hotline500.territory.Territory;

/**
 * What an import did: the roadmap it stored (or found unchanged), items per section, the deadlines it did
 * not understand (kept with their text) and the warnings a person should read.
 */
public record ImportReport(String sourceFile, String territoryId, String territoryName, int year, Outcome outcome,
                           int items, List<SectionCount> sections, List<UnparsedDeadline> unparsedDeadlines,
                           List<String> warnings) {

    public ImportReport {
        sections = List.copyOf(sections);
        unparsedDeadlines = List.copyOf(unparsedDeadlines);
        warnings = List.copyOf(warnings);
    }

    public enum Outcome {
        /** The territory had no roadmap for that year. */
        CREATED,
        /** An older version for the same territory and year was replaced. */
        REPLACED,
        /** The same file was imported before: nothing changed. */
        UNCHANGED
    }

    public record SectionCount(String label, int items) {
    }

    public record UnparsedDeadline(String number, String text) {
    }

    static ImportReport of(String sourceFile, Territory territory, ParsedRoadmap parsed, Outcome outcome) {
        List<SectionCount> sections = parsed.sections().stream()
                .map(s -> new SectionCount(s.label(), s.items().size())).toList();
        List<UnparsedDeadline> unparsed = parsed.unparsedDeadlines().stream()
                .map(i -> new UnparsedDeadline(i.number(), i.deadline().text())).toList();
        return new ImportReport(sourceFile, territory.id(), territory.name(), parsed.year(), outcome,
                parsed.items().size(), sections, unparsed, parsed.warnings());
    }
}

package ru.hotline500.roadmap.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.hotline500.roadmap.Deadline;
import ru.hotline500.roadmap.ParsedRoadmap;
import ru.hotline500.roadmap.RoadmapItem;
import ru.hotline500.roadmap.RoadmapRejectedException;
import ru.hotline500.roadmap.RoadmapSection;
import ru.hotline500.roadmap.deadline.DeadlineParser;
import ru.hotline500.tables.UnreadableTableException;

/** Reads a roadmap document of any supported format into a {@link ParsedRoadmap}, touching nothing else. */
public final class RoadmapDocuments {

    /** Longest text kept in one field; longer cells mean a broken export and are cut with a warning. */
    static final int LONGEST_FIELD = 10_000;

    private final DeadlineParser deadlines = new DeadlineParser();
    private final long maxBytes;

    public RoadmapDocuments(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param year the roadmap's year when known; {@code null} lets the document say it
     * @throws RoadmapRejectedException when the document is empty, too large, unreadable, has no roadmap table or no year
     */
    public ParsedRoadmap parse(String fileName, byte[] content, Integer year) {
        checkSize(content);
        DraftTable table = TableInterpreter.interpret(rows(fileName, content));
        if (table.layout() == null) {
            throw new RoadmapRejectedException("В файле «" + fileName + "» не найдена таблица дорожной карты: "
                    + "нужна строка заголовка со столбцами мероприятия (действия) и срока.");
        }
        if (table.items().isEmpty()) {
            throw new RoadmapRejectedException("В таблице файла «" + fileName + "» нет ни одного пункта с действием или сроком.");
        }
        String title = Titles.find(table.preamble());
        int resolvedYear = new YearFinder(deadlines).find(year, title, deadlineTexts(table));
        List<String> warnings = new ArrayList<>(table.warnings());
        List<RoadmapSection> sections = new ItemAssembler(table.layout(), deadlines, resolvedYear, warnings).sections(table);
        List<String> paragraphs = new ArrayList<>(table.preamble());
        paragraphs.addAll(table.paragraphs());
        return new ParsedRoadmap(title == null ? "Дорожная карта на " + resolvedYear + " год" : title,
                resolvedYear, sections, warnings, paragraphs);
    }

    private static List<RawRow> rows(String fileName, byte[] content) {
        try {
            return DocumentFormat.detect(fileName, content).reader().read(content);
        } catch (UnreadableTableException e) {
            throw new RoadmapRejectedException(e.getMessage(), e);
        }
    }

    private void checkSize(byte[] content) {
        if (content.length > maxBytes) {
            throw new RoadmapRejectedException("Файл слишком большой: " + content.length / 1024 + " КБ, допустимо не более "
                    + maxBytes / 1024 + " КБ. Дорожная карта обычно занимает меньше 1 МБ.");
        }
    }

    private static List<String> deadlineTexts(DraftTable table) {
        int column = table.layout().index(ColumnRole.DEADLINE);
        return table.items().stream().map(item -> Cells.clean(item.raw(column))).toList();
    }

    /** Turns draft items into API values, grouped by section. */
    private record ItemAssembler(ColumnLayout layout, DeadlineParser deadlines, int year, List<String> warnings) {

        /** Items come in document order, so each section's items are one run; a new run starts a new section. */
        List<RoadmapSection> sections(DraftTable table) {
            List<RoadmapSection> sections = new ArrayList<>();
            DraftSection untitled = new DraftSection("", "");
            DraftSection current = null;
            List<RoadmapItem> items = new ArrayList<>();
            for (DraftItem draft : table.items()) {
                DraftSection section = draft.section() == null ? untitled : draft.section();
                if (section != current && current != null) {
                    sections.add(new RoadmapSection(current.number(), current.title(), items));
                    items = new ArrayList<>();
                }
                current = section;
                items.add(item(draft, section));
            }
            sections.add(new RoadmapSection(current.number(), current.title(), items));
            return sections;
        }

        private RoadmapItem item(DraftItem draft, DraftSection section) {
            String deadlineText = field(draft, ColumnRole.DEADLINE);
            Deadline deadline = deadlineText.isEmpty() ? Deadline.unknown("") : deadlines.parse(deadlineText, year);
            Map<String, String> extras = new LinkedHashMap<>();
            layout.extras().forEach((column, name) -> {
                String value = limited(draft, Cells.clean(draft.raw(column)));
                if (!value.isEmpty()) {
                    extras.merge(name, value, (a, b) -> a + " " + b);
                }
            });
            return new RoadmapItem(draft.number(), section.number(), field(draft, ColumnRole.ACTION),
                    limited(draft, Cells.blankIfDash(Cells.cleanList(draft.raw(layout.index(ColumnRole.RESPONSIBLE))))),
                    deadline, Cells.blankIfDash(field(draft, ColumnRole.INDICATOR)), extras);
        }

        private String field(DraftItem draft, ColumnRole role) {
            return limited(draft, Cells.clean(draft.raw(layout.index(role))));
        }

        private String limited(DraftItem draft, String text) {
            if (text.length() <= LONGEST_FIELD) {
                return text;
            }
            warnings.add("Пункт " + draft.number() + ": текст длиннее " + LONGEST_FIELD + " символов обрезан.");
            return text.substring(0, LONGEST_FIELD);
        }
    }
}

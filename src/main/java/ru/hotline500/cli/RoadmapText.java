package ru.hotline500.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.hotline500.roadmap.DateWindow;
import ru.hotline500.roadmap.Deadline;
import ru.hotline500.roadmap.DeadlineKind;
import ru.hotline500.roadmap.RoadmapItem;
import ru.hotline500.roadmap.RoadmapSection;

/** A roadmap as readable text for the terminal: sections, items, deadlines with the dates they mean. */
final class RoadmapText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Map<DeadlineKind, String> KINDS = new EnumMap<>(Map.ofEntries(
            Map.entry(DeadlineKind.EXACT_DATE, "дата"), Map.entry(DeadlineKind.DATE_RANGE, "даты"),
            Map.entry(DeadlineKind.UNTIL_DATE, "до даты"), Map.entry(DeadlineKind.MONTHS, "месяцы"),
            Map.entry(DeadlineKind.PERIOD, "период"), Map.entry(DeadlineKind.SEVERAL, "несколько сроков"),
            Map.entry(DeadlineKind.CONTINUOUS, "постоянно"), Map.entry(DeadlineKind.WHOLE_YEAR, "весь год"),
            Map.entry(DeadlineKind.RECURRING, "регулярно"), Map.entry(DeadlineKind.BY_SCHEDULE, "по графику"),
            Map.entry(DeadlineKind.UNKNOWN, "СРОК НЕ РАСПОЗНАН")));

    private RoadmapText() {
    }

    static void print(PrintWriter out, String title, String territory, int year, List<RoadmapSection> sections) {
        out.println(title);
        int items = sections.stream().mapToInt(s -> s.items().size()).sum();
        out.println((territory.isEmpty() ? "" : "Территория: " + territory + ". ") + "Год: " + year + ". Пунктов: " + items + ".");
        for (RoadmapSection section : sections) {
            out.println();
            if (!section.label().isEmpty()) {
                out.println(section.label());
            }
            section.items().forEach(item -> printItem(out, item));
        }
    }

    static void printProblems(PrintWriter out, List<RoadmapItem> unparsed, List<String> warnings) {
        out.println();
        out.println(unparsed.isEmpty() ? "Все сроки распознаны." : "Сроки не распознаны (" + unparsed.size() + "):");
        unparsed.forEach(item -> out.println("  п. " + item.number() + ": «" + item.deadline().text() + "»"));
        if (!warnings.isEmpty()) {
            out.println("Предупреждения (" + warnings.size() + "):");
            warnings.forEach(w -> out.println("  " + w));
        }
    }

    private static void printItem(PrintWriter out, RoadmapItem item) {
        out.println("  " + item.number() + "  " + item.action());
        out.println("       Срок: " + describe(item.deadline()));
        if (!item.responsible().isEmpty()) {
            out.println("       Ответственные: " + item.responsible());
        }
        if (!item.indicator().isEmpty()) {
            out.println("       Показатель: " + item.indicator());
        }
        item.extras().forEach((name, value) -> out.println("       " + name + ": " + value));
    }

    static String describe(Deadline deadline) {
        String text = deadline.text().isEmpty() ? "(не указан)" : "«" + deadline.text() + "»";
        if (deadline.windows().isEmpty()) {
            return text + " — " + KINDS.get(deadline.kind());
        }
        String windows = deadline.windows().stream().map(RoadmapText::window).collect(Collectors.joining("; "));
        return text + " — " + KINDS.get(deadline.kind()) + ": " + windows;
    }

    private static String window(DateWindow window) {
        if (window.start() == null && window.end() == null) {
            return "без границ";
        }
        if (window.start() == null) {
            return "до " + date(window.end());
        }
        if (window.end() == null) {
            return "с " + date(window.start());
        }
        return window.start().equals(window.end()) ? date(window.start()) : date(window.start()) + "–" + date(window.end());
    }

    private static String date(LocalDate date) {
        return date.format(DATE);
    }
}

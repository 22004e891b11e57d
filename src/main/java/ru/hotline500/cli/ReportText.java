package ru.hotline500.cli;

import java.io.PrintWriter;
import ru.hotline500.roadmap.ImportReport;

/** The import report as text. */
final class ReportText {

    private ReportText() {
    }

    static void print(PrintWriter out, ImportReport report) {
        out.println(report.sourceFile() + ": " + outcome(report.outcome()) + " — " + report.territoryName()
                + " (" + report.territoryId() + "), " + report.year() + " год, пунктов: " + report.items() + ".");
        report.sections().forEach(s -> out.println("  " + (s.label().isEmpty() ? "без раздела" : s.label()) + ": " + s.items()));
        if (report.unparsedDeadlines().isEmpty()) {
            out.println("  Все сроки распознаны.");
        } else {
            out.println("  Сроки не распознаны (" + report.unparsedDeadlines().size() + "):");
            report.unparsedDeadlines().forEach(u -> out.println("    п. " + u.number() + ": «" + u.text() + "»"));
        }
        report.warnings().forEach(w -> out.println("  Внимание: " + w));
    }

    private static String outcome(ImportReport.Outcome outcome) {
        switch (outcome) {
            case CREATED:
                return "загружена";
            case REPLACED:
                return "заменила прежнюю версию";
            default:
                return "без изменений (этот файл уже загружен)";
        }
    }
}

package ru.hotline500.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.hotline500.roadmap.ImportReport;
import ru.hotline500.roadmap.ImportRequest;
import ru.hotline500.roadmap.RoadmapRejectedException;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Загружает дорожные карты в базу и печатает отчёт. Повторная загрузка того же файла ничего не меняет; "
                + "новая версия за тот же год заменяет старую.")
final class ImportCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Текст, DOCX, XLSX или CSV.")
    List<Path> files;

    @Option(names = "--territory", paramLabel = "ID", description = "Территория; без неё определяется по тексту документа.")
    String territory;

    @Option(names = "--year", description = "Год; без него берётся из документа.")
    Integer year;

    ImportCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (Path file : files) {
            try {
                DocumentFile document = DocumentFile.read(file);
                ImportReport report = services.roadmaps().importDocument(new ImportRequest(document.name(), document.content(), territory, year));
                ReportText.print(out, report);
            } catch (RoadmapRejectedException | IllegalArgumentException e) {
                failed++;
                spec.commandLine().getErr().println("Не загружен " + file + ": " + e.getMessage());
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}

package ru.hotline500.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.hotline500.roadmap.ParsedRoadmap;
import ru.hotline500.roadmap.RoadmapReader;

@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Разбирает документ дорожной карты и печатает пункты, ничего не сохраняя.")
final class ParseCommand implements Callable<Integer> {

    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Текст, DOCX, XLSX или CSV.")
    Path file;

    @Option(names = "--year", description = "Год дорожной карты, если в документе его нет.")
    Integer year;

    @Option(names = "--territory", paramLabel = "ID", description = "Территория (только для заголовка вывода).")
    String territory;

    @Option(names = "--format", defaultValue = "table", description = "table или json (один JSON-объект на пункт в строке).")
    Format format;

    @Override
    public Integer call() {
        DocumentFile document = DocumentFile.read(file);
        ParsedRoadmap roadmap = new RoadmapReader(RoadmapReader.DEFAULT_MAX_BYTES).read(document.name(), document.content(), year);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            roadmap.items().forEach(item -> out.println(ItemJson.line(item)));
        } else {
            RoadmapText.print(out, roadmap.title(), territory == null ? "" : territory, roadmap.year(), roadmap.sections());
            RoadmapText.printProblems(out, roadmap.unparsedDeadlines(), roadmap.warnings());
        }
        out.flush();
        return 0;
    }
}

package ru.hotline500.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.hotline500.roadmap.StoredRoadmap;
import ru.hotline500.territory.Territory;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Показывает дорожную карту территории.")
final class ShowCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TERRITORY", description = "Идентификатор территории, например dubovsky.")
    String territoryId;

    @Option(names = "--year", description = "Год; без него — последний загруженный.")
    Integer year;

    ShowCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Territory territory = services.territories().get(territoryId);
        StoredRoadmap roadmap = services.roadmaps().find(territoryId, year).orElseThrow(() -> new IllegalArgumentException(
                "У территории «" + territory.name() + "» нет дорожной карты" + (year == null ? "" : " за " + year + " год") + "."));
        PrintWriter out = spec.commandLine().getOut();
        RoadmapText.print(out, roadmap.title(), territory.name(), roadmap.year(), roadmap.sections());
        out.println();
        out.println("Источник: " + roadmap.sourceFile() + ", загружена " + roadmap.importedAt() + ".");
        out.flush();
        return 0;
    }
}

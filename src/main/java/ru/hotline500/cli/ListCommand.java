package ru.hotline500.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ru.hotline500.roadmap.RoadmapSummary;
import ru.hotline500.territory.Territory;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Список загруженных дорожных карт (или территорий).")
final class ListCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    CommandSpec spec;

    @Option(names = "--territories", description = "Показать территории вместо дорожных карт.")
    boolean territories;

    ListCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (territories) {
            for (Territory t : services.territories().all()) {
                out.printf("%-16s %-28s %-13s %-10s %s%n", t.id(), t.name(), t.kind() == ru.hotline500.territory.TerritoryKind.REGION ? "регион" : "муниципалитет",
                        t.parentId() == null ? "" : t.parentId(), t.timeZone());
            }
            return 0;
        }
        List<RoadmapSummary> roadmaps = services.roadmaps().list();
        if (roadmaps.isEmpty()) {
            out.println("Дорожных карт пока нет. Загрузите: roadmap import ФАЙЛ --territory ID");
        }
        for (RoadmapSummary r : roadmaps) {
            out.printf("%-14s %d  пунктов: %3d  сроков не распознано: %d  %s%n", r.territoryId(), r.year(), r.items(),
                    r.unknownDeadlines(), r.sourceFile());
        }
        out.flush();
        return 0;
    }
}

package ru.hotline500.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ru.hotline500.people.Directory;
import ru.hotline500.territory.Territory;
import ru.hotline500.visits.SchoolVisits;
import ru.hotline500.visits.Stage;
import ru.hotline500.visits.VisitConfirmations;
import ru.hotline500.visits.VisitExport;
import ru.hotline500.visits.VisitOverview;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Выгружает визиты кураторов территории за этап в таблицу Excel: подтверждённые визиты, школы без визита "
                + "и запланированные, но не подтверждённые визиты. У региона в выгрузку входят и его муниципалитеты.")
final class VisitsExportCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    CommandSpec spec;

    @Option(names = "--territory", required = true, paramLabel = "ID", description = "Территория, например dubovsky.")
    String territoryId;

    @Option(names = "--stage", required = true, paramLabel = "N", description = "Этап: 1 или 2.")
    int stage;

    @Option(names = "--year", paramLabel = "YYYY", description = "Год; по умолчанию — текущий год территории.")
    Integer year;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Куда записать таблицу; по умолчанию visits-<территория>-<год>-<этап>.xlsx в текущей папке.")
    Path out;

    VisitsExportCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        if (stage != 1 && stage != 2) {
            // checked before the territory so that a mistyped stage fails without starting the database
            throw new IllegalArgumentException("Этап может быть только 1 или 2, а указан " + stage + ".");
        }
        Territory territory = services.territories().get(territoryId);
        int stageYear = year != null ? year : LocalDate.now(services.get(Clock.class).withZone(territory.timeZone())).getYear();
        Stage chosen = services.get(VisitConfirmations.class).stage(stageYear, stage);
        List<SchoolVisits> schools = services.get(VisitOverview.class)
                .of(services.get(Directory.class).scopeOfTerritory(territory.id()), chosen);
        Path file = out != null ? out : Path.of("visits-" + territory.id() + "-" + stageYear + "-" + stage + ".xlsx");
        write(file, VisitExport.xlsx(territory.name(), chosen, schools));
        report(spec.commandLine().getOut(), file, territory, chosen, schools);
        return 0;
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new IllegalArgumentException("Не удалось записать файл " + file + ": " + e.getMessage(), e);
        }
    }

    private static void report(PrintWriter out, Path file, Territory territory, Stage stage, List<SchoolVisits> schools) {
        long missing = schools.stream().filter(SchoolVisits::missing).count();
        int visits = schools.stream().mapToInt(s -> s.visits().size()).sum();
        out.printf("Таблица записана в %s: %s, %s — школ %d (с визитом %d, без визита %d), подтверждённых визитов %d.%n",
                file.toAbsolutePath().normalize(), territory.name(), stage.label(), schools.size(), schools.size() - missing, missing, visits);
        if (schools.isEmpty()) {
            out.println("В справочнике этой территории пока нет школ: загрузите его командой people import ФАЙЛ.");
        }
        out.flush();
    }
}

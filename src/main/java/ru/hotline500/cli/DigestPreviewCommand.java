package ru.hotline500.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ru.hotline500.digest.Digests;
import ru.hotline500.territory.Territory;

@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Печатает сводку территории так, как её получит группа координаторов.")
final class DigestPreviewCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    CommandSpec spec;

    @Option(names = "--territory", required = true, paramLabel = "ID", description = "Территория, например dubovsky.")
    String territoryId;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "На какой день; по умолчанию — сегодня на территории.")
    LocalDate today;

    DigestPreviewCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Territory territory = services.territories().get(territoryId);
        LocalDate day = today != null ? today : LocalDate.now(services.get(Clock.class).withZone(territory.timeZone()));
        PrintWriter out = spec.commandLine().getOut();
        out.println(services.get(Digests.class).build(territory.id(), day).text());
        out.flush();
        return 0;
    }
}

package ru.hotline500.cli;

import picocli.CommandLine.Command;

@Command(name = "hotline500", mixinStandardHelpOptions = true, version = "Hotline 500+ 0.1",
        description = "Горячая линия проекта 500+. Без аргументов запускает приложение.",
        subcommands = {RoadmapCommand.class, PeopleCommand.class, VisitsCommand.class, DigestCommand.class, AskCommand.class, ConsoleCommand.class})
final class HotlineCommand {
}

package ru.hotline500.cli;

import picocli.CommandLine.Command;

@Command(name = "roadmap", mixinStandardHelpOptions = true, description = "Дорожные карты: разбор, загрузка, просмотр.",
        subcommands = {ParseCommand.class, ImportCommand.class, ListCommand.class, ShowCommand.class})
final class RoadmapCommand {
}

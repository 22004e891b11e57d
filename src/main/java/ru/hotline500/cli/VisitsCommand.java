package ru.hotline500.cli;

import picocli.CommandLine.Command;

@Command(name = "visits", mixinStandardHelpOptions = true, description = "Визиты кураторов в школы: выгрузка в таблицу Excel.",
        subcommands = {VisitsExportCommand.class})
final class VisitsCommand {
}

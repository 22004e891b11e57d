package ru.hotline500.cli;

import picocli.CommandLine.Command;

@Command(name = "people", mixinStandardHelpOptions = true, description = "Справочник людей: школы, роли, кураторы.",
        subcommands = {PeopleImportCommand.class, PeopleInviteCommand.class})
final class PeopleCommand {
}
